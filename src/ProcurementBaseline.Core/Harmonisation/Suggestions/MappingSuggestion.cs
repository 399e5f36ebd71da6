using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// A candidate target for a source control, with the relationship the texts suggest, how sure that is, the parts of its
/// score (BM25, cosine similarity where a model ran, group prior) and why (the rarest words both texts share, and the
/// target's sentence that shares the most of the source's term weight).
/// </summary>
public sealed record MappingSuggestion(
    ControlKey Source,
    ControlKey Target,
    int Rank,
    double Score,
    Relationship Relationship,
    int Strength,
    double SourceContainment,
    double TargetContainment,
    Mapping? Reviewed)
{
    public double Lexical { get; init; }

    /// <summary>Cosine similarity of the two texts' embeddings; NaN without a model.</summary>
    public double Semantic { get; init; } = double.NaN;

    public double Prior { get; init; } = 1;

    public ImmutableArray<string> MatchedTerms { get; init; } = [];

    public string? NearestSentence { get; init; }

    /// <summary>The tool never claims more than medium confidence: a suggestion is a lead for a reviewer, not a finding.</summary>
    public string Confidence => Strength >= 5 ? "medium" : "low";
}
