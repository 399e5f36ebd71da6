using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Planning;
using ProcurementBaseline.Reports;

namespace ProcurementBaseline.Application.Planning;

/// <summary>
/// The attest-once plan as people and scripts read it: each claim with the must controls it meets per baseline and
/// how, what it also helps with, the controls only a direct claim can meet, and per baseline the share met through
/// mappings. <c>procbase plan</c>, <c>attest init --plan</c> and <c>harmonise</c> build it the same way.
/// </summary>
public sealed record PlanReport(
    ImmutableArray<ResolvedBaseline> Baselines,
    AttestOncePlan Plan,
    ImmutableArray<PlannedClaim> Claims,
    ImmutableArray<PlanShare> Shares)
{
    public static PlanReport Build(IReadOnlyList<ResolvedBaseline> baselines, MappingGraph graph, DateOnly asOf, CatalogRef? preferred)
    {
        var plans = baselines.AsParallel().AsOrdered().Select(b => EvaluationPlan.Compile(b, graph)).ToList();
        var plan = AttestOncePlanner.Plan(plans, asOf, preferred);
        var byClaim = plan.ByClaim();
        var claims = plan.Claims.Select(claim =>
        {
            var uses = byClaim[claim].ToList();
            var title = graph.Catalogs.Find(claim.Catalog)?.Find(claim.ControlId)?.Control.Title.Default ?? claim.ControlId;
            return new PlannedClaim(claim, title,
                [.. uses.Where(u => u.Finding.IsMet).Select(u => new PlannedCover(u.Baseline.Baseline.Baseline.Id, u.Finding.Required,
                    u.Finding.Kind == FindingKind.Met ? null : GapReportBuilder.DerivationText(u.Finding.Derivation!)))],
                [.. uses.Where(u => u.Finding.Kind == FindingKind.PartiallyMet).Select(u => new PlannedCover(u.Baseline.Baseline.Baseline.Id, u.Finding.Required,
                    GapReportBuilder.DerivationText(u.Finding.Derivation!)))]);
        }).ToImmutableArray();
        var shares = plan.Evaluations.Select(e =>
        {
            var musts = e.Findings.Where(f => f.Priority == Priority.Must).ToList();
            return new PlanShare(e.Baseline.Baseline.Id, e.Baseline.Baseline.Jurisdiction, musts.Count,
                musts.Count(f => f.Kind == FindingKind.Met), musts.Count(f => f.Kind == FindingKind.MetViaMapping),
                plan.DirectOnly[plan.Evaluations.IndexOf(e)].Length);
        }).ToImmutableArray();
        return new PlanReport([.. baselines], plan, claims, shares);
    }

    /// <summary>"optimal" when the search proved no smaller plan exists; otherwise "greedy" with the lower bound it proved.</summary>
    public string Quality => Plan.Optimal
        ? $"optimal: no smaller set of claims meets every must control ({Plan.SearchNodes:N0} search nodes)"
        : $"greedy: the search stopped at its budget of {SetCover.NodeBudget:N0} nodes; no plan has fewer than {Plan.LowerBound} claims";
}

/// <summary>One planned claim: the must controls it meets (with how, null when it is the control itself) and those it helps with in part.</summary>
public sealed record PlannedClaim(ControlKey Control, string Title, ImmutableArray<PlannedCover> Meets, ImmutableArray<PlannedCover> AlsoHelps);

public sealed record PlannedCover(string Baseline, RequiredControl Required, string? How);

/// <summary>Per baseline under the plan: must controls, met directly (claimed in the plan) and met through mappings, and how many only a direct claim can meet.</summary>
public sealed record PlanShare(string Baseline, Jurisdiction Nation, int Must, int Direct, int ViaMapping, int DirectOnly)
{
    public double ViaMappingShare => Must == 0 ? 0 : (double)ViaMapping / Must;
}
