using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>How lexical and semantic scores are combined.</summary>
public enum FusionMethod
{
    /// <summary>A weighted sum of the two scores, each scaled to 0–1 over the targets of one source control.</summary>
    Linear,

    /// <summary>A weighted sum of 1 / (60 + rank) in each ranking (Cormack, Clarke and Büttcher, 2009).</summary>
    ReciprocalRank,
}

/// <summary>
/// The weights a ranking uses, learned from reviewed crosswalks (<see cref="SuggestionCalibration"/>).
/// <list type="bullet">
/// <item><see cref="PriorExponent"/>: how sharply the group prior (how close each target group is to the source
/// catalog as a whole, 0 to 1) weights a target; 0 turns it off.</item>
/// <item><see cref="ChildWeight"/>: what a child control (an enhancement, a task) keeps of its score; its parent is
/// lifted to at least the square root of that share of it, because crosswalks often name the parent.</item>
/// <item><see cref="SemanticWeight"/>: the semantic ranking's share of the fused score; 0 is BM25 alone.</item>
/// </list>
/// </summary>
public sealed record RankingParameters(double PriorExponent, double ChildWeight, double SemanticWeight, FusionMethod Fusion)
{
    /// <summary>The weights before any calibration: those the lexical ranker was first tuned with.</summary>
    public static RankingParameters Lexical { get; } = new(2, 0.8, 0, FusionMethod.Linear);

    /// <summary>The weights calibration chooses among, in a fixed order so that ties always go the same way.</summary>
    public static ImmutableArray<RankingParameters> Grid(bool semantic)
    {
        double[] priors = [2, 1, 0.5, 0, 3];
        double[] children = [0.8, 0.6, 1.0];
        double[] semantics = semantic ? [0, 0.2, 0.35, 0.5, 0.65, 0.8, 1] : [0];
        FusionMethod[] fusions = semantic ? [FusionMethod.Linear, FusionMethod.ReciprocalRank] : [FusionMethod.Linear];
        return [.. from fusion in fusions from w in semantics where fusion == FusionMethod.Linear || w > 0
                   from prior in priors from child in children select new RankingParameters(prior, child, w, fusion)];
    }
}
