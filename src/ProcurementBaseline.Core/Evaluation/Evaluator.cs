using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// Reads one submission against one compiled baseline at an explicit as-of date (harmonisation.md §2–5). Pure:
/// evidence files are checked through <see cref="IEvidenceVerifier"/>, supplied by the caller.
/// A direct claim on a control decides its finding; claims on other controls count only where there is none.
/// </summary>
public static class Evaluator
{
    public static BaselineEvaluation Evaluate(EvaluationPlan plan, Attestation attestation, DateOnly asOf, IEvidenceVerifier evidence)
    {
        var assessed = ClaimAssessment.Index(attestation, plan.Baseline.Baseline.Policy, asOf, evidence);
        return Evaluate(plan, assessed, asOf);
    }

    /// <summary>Evaluates claims already assessed, so one submission read against several baselines checks its evidence once per policy.</summary>
    public static BaselineEvaluation Evaluate(EvaluationPlan plan, IReadOnlyDictionary<ControlKey, ClaimAssessment> claims, DateOnly asOf)
    {
        var required = plan.Baseline.Controls;
        var findings = ImmutableArray.CreateBuilder<Finding>(required.Length);
        for (var i = 0; i < required.Length; i++)
        {
            findings.Add(claims.TryGetValue(required[i].Key, out var direct)
                ? Direct(required[i], direct)
                : Inferred(required[i], plan.Candidates[i], claims));
        }

        var all = findings.MoveToImmutable();
        var (verdict, reasons) = Verdicts.Decide(all);
        return new BaselineEvaluation(plan.Baseline, asOf, all, verdict, reasons,
            Scores(all, f => f.Required.Jurisdiction.ToString()),
            Scores(all, f => f.Control.Catalog.ToString()),
            Scores(all, f => $"{f.Control.Catalog} {f.Required.Group}"));
    }

    private static Finding Direct(RequiredControl required, ClaimAssessment claim) => new()
    {
        Required = required,
        Kind = claim.DirectKind,
        Reason = claim.Reason,
        Claim = claim.Claim,
        Due = claim.Due,
        Residual = claim.DirectKind == FindingKind.PartiallyMet ? Statement(required) : null,
        RemainderPlanned = claim.DirectKind == FindingKind.PartiallyMet && claim.PoamInWindow,
        EvidenceIssues = claim.EvidenceIssues,
    };

    private static Finding Inferred(RequiredControl required, ImmutableArray<CoverageCandidate> candidates, IReadOnlyDictionary<ControlKey, ClaimAssessment> claims)
    {
        CoverageCandidate? partial = null, planned = null;
        ClaimAssessment? partialClaim = null, plannedClaim = null;
        var related = ImmutableArray.CreateBuilder<ControlKey>();
        foreach (var candidate in candidates)
        {
            if (!claims.TryGetValue(candidate.Source, out var source))
            {
                continue;
            }

            switch (source.Coverage)
            {
                case SourceCoverage.Full when candidate.Level == CoverageLevel.Full:
                    return new Finding
                    {
                        Required = required,
                        Kind = FindingKind.MetViaMapping,
                        Reason = $"Met through {candidate.Source}: {Describe(candidate.Path)}.",
                        ViaClaim = source.Claim,
                        Path = candidate.Path,
                    };
                case SourceCoverage.Full or SourceCoverage.Partial when partial is null:
                    (partial, partialClaim) = (candidate, source);
                    break;
                case SourceCoverage.Planned when planned is null && candidate.Level == CoverageLevel.Full:
                    (planned, plannedClaim) = (candidate, source);
                    break;
                case SourceCoverage.None when source.Claim.Status == ClaimStatus.NotImplemented && related.Count < 3:
                    related.Add(candidate.Source);
                    break;
            }
        }

        if (partial is not null)
        {
            return new Finding
            {
                Required = required,
                Kind = FindingKind.PartiallyMet,
                Reason = $"Covered in part through {partial.Source}: {Describe(partial.Path)}.",
                ViaClaim = partialClaim!.Claim,
                Path = partial.Path,
                Residual = Residual(required, partial.Path),
            };
        }

        if (planned is not null)
        {
            return new Finding
            {
                Required = required,
                Kind = FindingKind.Planned,
                Reason = $"Planned through {planned.Source} (due {plannedClaim!.Due:yyyy-MM-dd}): {Describe(planned.Path)}.",
                ViaClaim = plannedClaim.Claim,
                Path = planned.Path,
                Due = plannedClaim.Due,
            };
        }

        return new Finding
        {
            Required = required,
            Kind = FindingKind.NoClaim,
            Reason = related.Count == 0 ? "No claim, and no claimed control covers it through an accepted mapping." : $"No claim; related controls claimed not implemented: {string.Join(", ", related)}.",
            RelatedNotImplemented = related.ToImmutable(),
        };
    }

    private static string Describe(CoveragePath path) =>
        string.Join(", then ", path.Edges.Select(e => $"{e.From.ControlId} {RelationshipWords.Word(e.Relationship)} {e.To.ControlId} ({e.Mapping.Provenance.ToString().ToLowerInvariant()}, strength {e.Strength})"));

    private static string? Statement(RequiredControl required) => required.Control.Control.Statement?.Default;

    /// <summary>What the target still asks: its own text, and the share a mapping says is covered, where given.</summary>
    private static string Residual(RequiredControl required, CoveragePath path)
    {
        var coverage = path.Edges.Length == 1 ? path.Edges[0].Mapping.Coverage : null;
        var share = coverage is { } c ? $" (the mapping puts coverage at {c:P0})" : "";
        var remark = path.Edges[^1].Mapping.Remarks is { } r ? $" Mapping note: {r}" : "";
        return $"What {required.Key.ControlId} asks beyond {path.Start.ControlId}{share}: {Statement(required) ?? required.Control.Control.Title.Default}.{remark}";
    }

    private static ImmutableArray<Score> Scores(ImmutableArray<Finding> findings, Func<Finding, string> scope) =>
        [.. findings.GroupBy(scope)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Score(g.Key, g.Count(f => f.IsMet), g.Count(f => f.Kind != FindingKind.NotApplicable)))];
}
