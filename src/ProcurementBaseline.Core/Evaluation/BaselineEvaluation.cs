using System.Collections.Immutable;
using ProcurementBaseline.Baselines;

namespace ProcurementBaseline.Evaluation;

/// <summary>One submission read against one baseline: a finding per required control, the verdict with its reasons, and the scores.</summary>
public sealed record BaselineEvaluation(
    ResolvedBaseline Baseline,
    DateOnly AsOf,
    ImmutableArray<Finding> Findings,
    Verdict Verdict,
    ImmutableArray<string> Reasons,
    ImmutableArray<Score> ByNation,
    ImmutableArray<Score> ByCatalog,
    ImmutableArray<Score> ByGroup)
{
    public Score Overall => new("overall", Findings.Count(f => f.IsMet), Findings.Count(f => f.Kind != FindingKind.NotApplicable));

    public int Count(FindingKind kind) => Findings.Count(f => f.Kind == kind);
}
