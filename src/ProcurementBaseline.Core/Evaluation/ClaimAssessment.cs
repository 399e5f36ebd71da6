using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;

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

/// <summary>
/// One claim judged at the as-of date under a baseline's policy: its own finding, and what it lends to mapped
/// controls. The reason is written only when asked for, since most are never read in a large run.
/// </summary>
public sealed class ClaimAssessment
{
    private const string MetReason = "Claimed implemented, with evidence in date.";

    private readonly AcceptancePolicy _policy;
    private readonly DateOnly _asOf;
    private string? _reason;

    private ClaimAssessment(Claim claim, FindingKind kind, SourceCoverage coverage, DateOnly? due, bool poamInWindow, ImmutableArray<string> evidenceIssues, AcceptancePolicy policy, DateOnly asOf)
    {
        Claim = claim;
        DirectKind = kind;
        Coverage = coverage;
        Due = due;
        PoamInWindow = poamInWindow;
        EvidenceIssues = evidenceIssues;
        _policy = policy;
        _asOf = asOf;
    }

    public Claim Claim { get; }

    public FindingKind DirectKind { get; }

    public SourceCoverage Coverage { get; }

    public DateOnly? Due { get; }

    public bool PoamInWindow { get; }

    public ImmutableArray<string> EvidenceIssues { get; }

    public string Reason => _reason ??= Explain();

    public static ClaimAssessment Assess(Claim claim, AcceptancePolicy policy, DateOnly asOf, IEvidenceVerifier evidence)
    {
        if (claim.Review is not null)
        {
            return new(claim, FindingKind.NotMet, SourceCoverage.None, null, false, [], policy, asOf);
        }

        switch (claim.Status)
        {
            case ClaimStatus.Implemented:
                var issues = EvidenceIssuesOf(claim, policy, asOf, evidence);
                return issues.IsEmpty
                    ? new(claim, FindingKind.Met, SourceCoverage.Full, null, false, [], policy, asOf)
                    : new(claim, FindingKind.EvidenceProblem, SourceCoverage.None, null, false, issues, policy, asOf);
            case ClaimStatus.PartiallyImplemented:
                var (partialOk, partialDue) = Poam(claim, policy, asOf);
                return new(claim, FindingKind.PartiallyMet, SourceCoverage.Partial, partialOk ? partialDue : null, partialOk, [], policy, asOf);
            case ClaimStatus.Planned:
                var (plannedOk, plannedDue) = Poam(claim, policy, asOf);
                return new(claim, plannedOk ? FindingKind.Planned : FindingKind.NotMet, plannedOk ? SourceCoverage.Planned : SourceCoverage.None, plannedDue, plannedOk, [], policy, asOf);
            case ClaimStatus.NotApplicable:
                var accepted = !string.IsNullOrWhiteSpace(claim.Justification) && policy.AcceptsNotApplicable(claim.Control);
                return new(claim, accepted ? FindingKind.NotApplicable : FindingKind.NotMet, SourceCoverage.None, null, false, [], policy, asOf);
            default:
                return new(claim, FindingKind.NotMet, SourceCoverage.None, null, false, [], policy, asOf);
        }
    }

    private string Explain() => (Claim.Status, DirectKind) switch
    {
        _ when Claim.Review is not null => $"Marked for review, so not counted: {Claim.Review}",
        (ClaimStatus.Implemented, FindingKind.Met) => MetReason,
        (ClaimStatus.Implemented, _) => $"Claimed implemented, but: {string.Join("; ", EvidenceIssues)}.",
        (ClaimStatus.PartiallyImplemented, _) when PoamInWindow => $"Claimed partially implemented; the rest is planned by {Due:yyyy-MM-dd}.",
        (ClaimStatus.PartiallyImplemented, _) => $"Claimed partially implemented{(Claim.Poam.IsEmpty ? "" : $"; {PoamProblem()}")}.",
        (ClaimStatus.Planned, FindingKind.Planned) => $"Planned: the plan of action completes by {Due:yyyy-MM-dd}, inside the {_policy.PoamMaxDays}-day window.",
        (ClaimStatus.Planned, _) => $"Claimed planned, but {PoamProblem()}.",
        (ClaimStatus.NotApplicable, FindingKind.NotApplicable) => $"Not applicable: {Claim.Justification}",
        (ClaimStatus.NotApplicable, _) when string.IsNullOrWhiteSpace(Claim.Justification) => "Claimed not applicable without a justification.",
        (ClaimStatus.NotApplicable, _) => "Claimed not applicable, which this baseline does not accept for this control.",
        _ => "Claimed not implemented.",
    };

    private string PoamProblem()
    {
        if (Claim.Poam.IsEmpty)
        {
            return "it has no plan of action and milestones";
        }

        var overdue = Claim.Poam.FirstOrDefault(m => m.Due < _asOf);
        if (overdue is not null)
        {
            return $"milestone '{overdue.Description}' was due {overdue.Due:yyyy-MM-dd}, before the as-of date";
        }

        var limit = _asOf.AddDays(_policy.PoamMaxDays);
        return $"its plan of action runs to {Due:yyyy-MM-dd}, beyond the {_policy.PoamMaxDays}-day window ({limit:yyyy-MM-dd})";
    }

    /// <summary>Whether the plan of action is inside the window (none overdue, the last due within the limit), and when it completes.</summary>
    private static (bool Ok, DateOnly? Due) Poam(Claim claim, AcceptancePolicy policy, DateOnly asOf)
    {
        if (claim.Poam.IsEmpty)
        {
            return (false, null);
        }

        var last = DateOnly.MinValue;
        var overdue = false;
        foreach (var milestone in claim.Poam)
        {
            overdue |= milestone.Due < asOf;
            last = milestone.Due > last ? milestone.Due : last;
        }

        return (!overdue && last <= asOf.AddDays(policy.PoamMaxDays), last);
    }

    private static bool InDate(Evidence item, AcceptancePolicy policy, DateOnly asOf) =>
        (item.Expires is not { } expires || expires >= asOf)
        && (item.Issued is not { } issued || (issued <= asOf && (policy.EvidenceMaxAgeDays is not { } maxAge || issued.AddDays(maxAge) >= asOf)));

    private static ImmutableArray<string> EvidenceIssuesOf(Claim claim, AcceptancePolicy policy, DateOnly asOf, IEvidenceVerifier verifier)
    {
        if (claim.Evidence.IsEmpty)
        {
            return ["no evidence is given"];
        }

        var clean = true;
        foreach (var item in claim.Evidence)
        {
            clean &= InDate(item, policy, asOf) && verifier.Check(item) is EvidenceFileState.Present or EvidenceFileState.NotAFile;
        }

        if (clean)
        {
            return [];
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
