namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>Turns text into index terms (tokenised, stop words dropped, stemmed). Implementations must be thread-safe.</summary>
public interface ITermAnalyzer
{
    IReadOnlyList<string> Terms(string text);
}
