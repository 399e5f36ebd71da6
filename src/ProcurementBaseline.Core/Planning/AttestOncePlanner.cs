using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Planning;

/// <summary>
/// Solves the attest-once plan (harmonisation.md §6) as a set cover over the must controls of the chosen baselines,
/// each with its ways of being covered in full under its own baseline's plan, then checks the answer by evaluating
/// every baseline against a submission that implements exactly the planned claims.
/// </summary>
public static class AttestOncePlanner
{

    public static AttestOncePlan Plan(IReadOnlyList<EvaluationPlan> plans, DateOnly asOf, CatalogRef? preferred = null)
    {
        var elements = new List<ImmutableArray<ImmutableSortedSet<ControlKey>>>();
        var directOnly = ImmutableArray.CreateBuilder<ImmutableArray<RequiredControl>>();
        foreach (var plan in plans)
        {
            // A control whose baseline asks for SBOM or VEX evidence is met only by a claim on it (see Evaluator).
            var policy = plan.Baseline.Baseline.Policy;
            var options = CoverOptions.For(plan).Select((o, i) => policy.RequirementsFor(plan.Baseline.Controls[i].Key).Any()
                ? [ImmutableSortedSet.Create(plan.Baseline.Controls[i].Key)] : o).ToImmutableArray();
            var musts = plan.Baseline.Controls.Select((c, i) => (Control: c, Options: options[i])).Where(p => p.Control.Priority == Priority.Must).ToList();
            elements.AddRange(musts.Select(m => m.Options));
            directOnly.Add([.. musts.Where(m => m.Options.Length == 1 && m.Options[0].SetEquals([m.Control.Key])).Select(m => m.Control)]);
        }

        var controls = elements.SelectMany(e => e).SelectMany(o => o).Distinct().Order().ToList();
        var index = controls.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var cover = new SetCover(
            [.. elements.Select(e => e.Select(o => o.Select(c => index[c]).ToArray()).ToArray())],
            controls.Count,
            [.. controls.Select(c => preferred is { } p && c.Catalog == p)]);
        var result = elements.Count == 0 ? new SetCover.Result([], true, 0, 0) : cover.Solve();
        var claims = result.Controls.Select(i => controls[i]).Order().ToImmutableArray();
        return new AttestOncePlan(claims, result.Optimal, result.LowerBound, result.Nodes, preferred,
            [.. plans.Select(p => Evaluator.Evaluate(p, Submission(claims, asOf), asOf, TrustedEvidence.Instance))], directOnly.ToImmutable());
    }

    /// <summary>A submission that implements exactly <paramref name="claims"/>, each with evidence issued on the as-of date.</summary>
    public static Attestation Submission(IEnumerable<ControlKey> claims, DateOnly asOf) => new()
    {
        Vendor = new Party("Attest-once plan", null),
        Product = new Product("Planned product", "1"),
        Date = asOf,
        Signatory = new Signatory("procbase plan", null),
        Claims = [.. claims.Select(c => new Claim
        {
            Control = c,
            Status = ClaimStatus.Implemented,
            Statement = "Implemented as planned.",
            Evidence = [new Evidence { Title = "Planned evidence", Uri = "https://example.invalid/evidence", Issued = asOf, Expires = asOf.AddYears(1) }],
        })],
    };
}
