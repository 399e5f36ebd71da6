namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>A target's text analysed once for explanations: how each of its terms is spelled, and its sentences' terms.</summary>
internal sealed class TargetText
{
    private TargetText(Dictionary<string, string> spelled, List<(string Sentence, HashSet<string> Terms)> sentences)
    {
        Spelled = spelled;
        Sentences = sentences;
    }

    /// <summary>Each term with the first word in the text that gives it, lower-cased.</summary>
    public Dictionary<string, string> Spelled { get; }

    public List<(string Sentence, HashSet<string> Terms)> Sentences { get; }

    public static TargetText Of(string text, ITermAnalyzer analyzer)
    {
        var spelled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            foreach (var term in analyzer.Terms(word))
            {
                spelled.TryAdd(term, word.ToLowerInvariant());
            }
        }

        var sentences = text.Split(['\n', '.', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .Select(s => (s, analyzer.Terms(s).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        return new TargetText(spelled, sentences);
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
