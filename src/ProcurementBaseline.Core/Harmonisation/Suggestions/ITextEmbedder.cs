namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// Turns texts into sentence embeddings, so that texts with no word in common ("threat modelling", "attack surface
/// analysis") can still be found close. Implementations may run a model and be slow: callers pass every text at once.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>The model's name: vectors of one model are never compared with another's.</summary>
    string Model { get; }

    /// <summary>One vector of unit length per text, in the order given.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
