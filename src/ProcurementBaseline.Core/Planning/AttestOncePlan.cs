using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Planning;

/// <summary>
/// The attest-once plan for several baselines (harmonisation.md §6): a smallest set of controls to claim so that, each
/// implemented with evidence, every must control of every baseline is met directly or through that baseline's accepted
/// mappings. <see cref="Evaluations"/> is the check: the baselines evaluated against exactly those claims.
/// </summary>
public sealed record AttestOncePlan(
    ImmutableArray<ControlKey> Claims,
    bool Optimal,
    int LowerBound,
    long SearchNodes,
    CatalogRef? Preferred,
    ImmutableArray<BaselineEvaluation> Evaluations,
    ImmutableArray<ImmutableArray<RequiredControl>> DirectOnly)
{
    /// <summary>Must controls over all baselines (a control two baselines require counts for each).</summary>
    public int MustCount => Evaluations.Sum(e => e.Findings.Count(f => f.Priority == Priority.Must));

    /// <summary>Per planned claim, the findings of every baseline that rest on it: met directly, through mappings, or in part.</summary>
    public ILookup<ControlKey, (BaselineEvaluation Baseline, Finding Finding)> ByClaim() =>
        Evaluations.SelectMany(e => e.Findings.SelectMany(f => (f.Derivation?.Claims ?? [f.Control]).Select(claim => (Claim: claim, Use: (e, f)))))
            .ToLookup(p => p.Claim, p => p.Use);

    /// <summary>True when the check holds: every must control of every baseline is met under the plan.</summary>
    public bool MeetsEveryMust => Evaluations.All(e => e.Findings.Where(f => f.Priority == Priority.Must).All(f => f.IsMet));
}
