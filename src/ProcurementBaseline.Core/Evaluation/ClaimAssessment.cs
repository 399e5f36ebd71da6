using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>How much a claim covers of other controls through mappings (harmonisation.md §2).</summary>
public enum SourceCoverage
{
    /// <summary>Implemented with good evidence.</summary>
    Full,

    /// <summary>Partially implemented: covers others at most in part.</summary>
    Partial,

    /// <summary>Planned inside the window: makes fully covered controls planned.</summary>
    Planned,

    /// <summary>Not implemented, not applicable, or with an evidence problem: propagates nothing.</summary>
    None,
}

/// <summary>One claim judged at the as-of date under a baseline's policy: its own finding, and what it lends to mapped controls.</summary>
public sealed record ClaimAssessment(
    Claim Claim,
    FindingKind DirectKind,
    string Reason,
    SourceCoverage Coverage,
    DateOnly? Due,
    bool PoamInWindow,
    ImmutableArray<string> EvidenceIssues)
{
    public static Dictionary<ControlKey, ClaimAssessment> Index(Attestation attestation, AcceptancePolicy policy, DateOnly asOf, IEvidenceVerifier evidence)
    {
        var index = new Dictionary<ControlKey, ClaimAssessment>(attestation.Claims.Length);
        foreach (var claim in attestation.Claims)
        {
            index.TryAdd(claim.Control, Assess(claim, policy, asOf, evidence));
        }

        return index;
    }

    public static ClaimAssessment Assess(Claim claim, AcceptancePolicy policy, DateOnly asOf, IEvidenceVerifier evidence)
    {
        var (poamOk, due, poamReason) = Poam(claim, policy, asOf);
        switch (claim.Status)
        {
            case ClaimStatus.Implemented:
                var issues = EvidenceIssuesOf(claim, policy, asOf, evidence);
                return issues.IsEmpty
                    ? new(claim, FindingKind.Met, "Claimed implemented, with evidence in date.", SourceCoverage.Full, null, false, [])
                    : new(claim, FindingKind.EvidenceProblem, $"Claimed implemented, but: {string.Join("; ", issues)}.", SourceCoverage.None, null, false, issues);
            case ClaimStatus.PartiallyImplemented:
                return new(claim, FindingKind.PartiallyMet,
                    poamOk ? $"Claimed partially implemented; the rest is planned by {due:yyyy-MM-dd}." : $"Claimed partially implemented{(claim.Poam.IsEmpty ? "" : $"; {poamReason}")}.",
                    SourceCoverage.Partial, poamOk ? due : null, poamOk, []);
            case ClaimStatus.Planned:
                return poamOk
                    ? new(claim, FindingKind.Planned, $"Planned: the plan of action completes by {due:yyyy-MM-dd}, inside the {policy.PoamMaxDays}-day window.", SourceCoverage.Planned, due, true, [])
                    : new(claim, FindingKind.NotMet, $"Claimed planned, but {poamReason}.", SourceCoverage.None, due, false, []);
            case ClaimStatus.NotApplicable:
                if (string.IsNullOrWhiteSpace(claim.Justification))
                {
                    return new(claim, FindingKind.NotMet, "Claimed not applicable without a justification.", SourceCoverage.None, null, false, []);
                }

                return policy.AcceptsNotApplicable(claim.Control)
                    ? new(claim, FindingKind.NotApplicable, $"Not applicable: {claim.Justification}", SourceCoverage.None, null, false, [])
                    : new(claim, FindingKind.NotMet, "Claimed not applicable, which this baseline does not accept for this control.", SourceCoverage.None, null, false, []);
            default:
                return new(claim, FindingKind.NotMet, "Claimed not implemented.", SourceCoverage.None, null, false, []);
        }
    }

    private static (bool Ok, DateOnly? Due, string Reason) Poam(Claim claim, AcceptancePolicy policy, DateOnly asOf)
    {
        if (claim.Poam.IsEmpty)
        {
            return (false, null, "it has no plan of action and milestones");
        }

        var due = claim.Poam.Max(m => m.Due);
        var overdue = claim.Poam.Where(m => m.Due < asOf).ToList();
        if (overdue.Count > 0)
        {
            return (false, due, $"milestone '{overdue[0].Description}' was due {overdue[0].Due:yyyy-MM-dd}, before the as-of date");
        }

        var limit = asOf.AddDays(policy.PoamMaxDays);
        return due > limit
            ? (false, due, $"its plan of action runs to {due:yyyy-MM-dd}, beyond the {policy.PoamMaxDays}-day window ({limit:yyyy-MM-dd})")
            : (true, due, "");
    }

    private static ImmutableArray<string> EvidenceIssuesOf(Claim claim, AcceptancePolicy policy, DateOnly asOf, IEvidenceVerifier verifier)
    {
        if (claim.Evidence.IsEmpty)
        {
            return ["no evidence is given"];
        }

        var issues = ImmutableArray.CreateBuilder<string>();
        foreach (var item in claim.Evidence)
        {
            var name = item.Path ?? item.Uri ?? item.Title;
            switch (verifier.Check(item))
            {
                case EvidenceFileState.Missing:
                    issues.Add($"evidence file '{name}' is missing");
                    break;
                case EvidenceFileState.HashMismatch:
                    issues.Add($"evidence file '{name}' does not match its sha256");
                    break;
                case EvidenceFileState.OutsideFolder:
                    issues.Add($"evidence path '{name}' is outside the attestation's folder");
                    break;
            }

            if (item.Expires is { } expires && expires < asOf)
            {
                issues.Add($"evidence '{item.Title}' expired on {expires:yyyy-MM-dd}");
            }

            if (item.Issued is { } issued && issued > asOf)
            {
                issues.Add($"evidence '{item.Title}' is dated {issued:yyyy-MM-dd}, after the as-of date");
            }
            else if (item.Issued is { } old && policy.EvidenceMaxAgeDays is { } maxAge && old.AddDays(maxAge) < asOf)
            {
                issues.Add($"evidence '{item.Title}' was issued {old:yyyy-MM-dd}, more than {maxAge} days before the as-of date");
            }
        }

        return issues.ToImmutable();
    }
}
