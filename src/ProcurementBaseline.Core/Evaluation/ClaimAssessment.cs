using System.Collections.Immutable;
using System.Globalization;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;

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

    private ClaimAssessment(Claim claim, FindingKind kind, SourceCoverage coverage, DateOnly? due, bool poamInWindow, ImmutableArray<ClaimIssue> evidenceIssues, AcceptancePolicy policy, DateOnly asOf)
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

    public ImmutableArray<ClaimIssue> EvidenceIssues { get; }

    public string Reason => _reason ??= Explain();

    public static ClaimAssessment Assess(Claim claim, AcceptancePolicy policy, DateOnly asOf, IEvidenceVerifier evidence, string? baselineName = null)
    {
        if (claim.Review is not null)
        {
            return new(claim, FindingKind.NotMet, SourceCoverage.None, null, false, [], policy, asOf);
        }

        switch (claim.Status)
        {
            case ClaimStatus.Implemented:
                var issues = EvidenceIssuesOf(claim, policy, asOf, evidence, baselineName);
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

    /// <summary>
    /// Every problem of form that keeps this claim from counting under <paramref name="baselineName"/>, each with the
    /// code <c>attest validate</c> reports: its evidence issues, a plan of action overdue or beyond the window, an N/A
    /// the baseline does not accept, a mark for review.
    /// </summary>
    public IEnumerable<ClaimIssue> Issues(string baselineName)
    {
        var at = Claim.Origin;
        if (Claim.Review is not null)
        {
            yield return ClaimIssue.Of(DiagnosticCodes.ClaimMarkedForReview, at, Claim.Control, Claim.Review);
            yield break;
        }

        foreach (var issue in EvidenceIssues)
        {
            yield return issue;
        }

        if (Claim.Status == ClaimStatus.NotApplicable && DirectKind == FindingKind.NotMet && !string.IsNullOrWhiteSpace(Claim.Justification))
        {
            yield return ClaimIssue.Of(DiagnosticCodes.NotApplicableRejected, at, Claim.Control, baselineName);
        }

        if (Claim.Status is ClaimStatus.Planned or ClaimStatus.PartiallyImplemented && !Claim.Poam.IsEmpty && !PoamInWindow)
        {
            if (Claim.Poam.FirstOrDefault(m => m.Due < _asOf) is { } overdue)
            {
                yield return ClaimIssue.Of(DiagnosticCodes.PoamOverdue, at, Claim.Control, overdue.Description, Date(overdue.Due), Date(_asOf));
            }
            else
            {
                var last = Claim.Poam.Max(m => m.Due);
                yield return ClaimIssue.Of(DiagnosticCodes.PoamBeyondWindow, at, Claim.Control, Date(last), _policy.PoamMaxDays, baselineName, Date(_asOf.AddDays(_policy.PoamMaxDays)));
            }
        }
    }

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

    private static ImmutableArray<ClaimIssue> EvidenceIssuesOf(Claim claim, AcceptancePolicy policy, DateOnly asOf, IEvidenceVerifier verifier, string? baselineName)
    {
        if (claim.Evidence.IsEmpty)
        {
            return [ClaimIssue.Of(DiagnosticCodes.ImplementedWithoutEvidence, claim.Origin, claim.Control)];
        }

        ImmutableArray<ClaimIssue>.Builder? issues = null;
        foreach (var item in claim.Evidence)
        {
            var at = item.Origin ?? claim.Origin;
            var file = verifier.Check(item);
            if (!file.IsGood)
            {
                (issues ??= ImmutableArray.CreateBuilder<ClaimIssue>()).Add(FileIssue(item, file, at));
            }

            if (item.Issued is { } issued && item.Expires is { } ends && issued > ends)
            {
                (issues ??= ImmutableArray.CreateBuilder<ClaimIssue>()).Add(ClaimIssue.Of(DiagnosticCodes.EvidenceIssuedAfterExpiry, at, item.Title, Date(issued), Date(ends)));
            }
            else if (item.Expires is { } expires && expires < asOf)
            {
                (issues ??= ImmutableArray.CreateBuilder<ClaimIssue>()).Add(ClaimIssue.Of(DiagnosticCodes.EvidenceExpired, at, item.Title, Date(expires), Date(asOf)));
            }

            if (item.Issued is { } dated && dated > asOf)
            {
                (issues ??= ImmutableArray.CreateBuilder<ClaimIssue>()).Add(ClaimIssue.Of(DiagnosticCodes.EvidenceIssuedAfterAsOf, at, item.Title, Date(dated), Date(asOf)));
            }
            else if (item.Issued is { } old && policy.EvidenceMaxAgeDays is { } maxAge && old.AddDays(maxAge) < asOf)
            {
                (issues ??= ImmutableArray.CreateBuilder<ClaimIssue>()).Add(ClaimIssue.Of(DiagnosticCodes.EvidenceTooOld, at, item.Title, Date(old), maxAge, baselineName ?? "the baseline"));
            }
        }

        foreach (var requirement in verifier.ChecksContent ? policy.RequirementsFor(claim.Control) : [])
        {
            foreach (var issue in RequirementIssues(claim, requirement, verifier, baselineName ?? "the baseline"))
            {
                (issues ??= ImmutableArray.CreateBuilder<ClaimIssue>()).Add(issue);
            }
        }

        return issues?.ToImmutable() ?? [];
    }

    /// <summary>What keeps a claim's SBOM or VEX evidence from meeting a baseline's requirement: none given, a file that cannot be read, incomplete fields, open vulnerabilities without a milestone.</summary>
    private static IEnumerable<ClaimIssue> RequirementIssues(Claim claim, EvidenceRequirement requirement, IEvidenceVerifier verifier, string baselineName)
    {
        var kind = requirement.Kind == EvidenceKind.Sbom ? "sbom" : "vex";
        var any = false;
        foreach (var item in claim.Evidence.Where(e => e.Kind == requirement.Kind))
        {
            any = true;
            var at = item.Origin ?? claim.Origin;
            if (item.Path is null)
            {
                yield return ClaimIssue.Of(DiagnosticCodes.SbomEvidenceUnusable, at, item.Title, "is a URI; an SBOM or VEX document is checked only as a file in the submission");
                continue;
            }

            if (!verifier.Check(item).IsGood)
            {
                continue;
            }

            var content = verifier.Content(item, requirement, claim);
            foreach (var issue in content.Issues)
            {
                yield return issue;
            }

            foreach (var open in content.NeedingPlan)
            {
                if (!claim.Poam.Any(m => m.Description.Contains(open.Vulnerability, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return ClaimIssue.Of(DiagnosticCodes.VexOpenVulnerability, at, item.Title, open.Vulnerability,
                        open.Status == Vex.VexStatus.Affected ? "affected" : "under investigation", open.Product);
                }
            }
        }

        if (!any)
        {
            yield return ClaimIssue.Of(DiagnosticCodes.EvidenceKindMissing, claim.Origin, claim.Control, kind, baselineName);
        }
    }

    private static ClaimIssue FileIssue(Evidence item, EvidenceFileCheck file, SourceLocation? at)
    {
        var path = item.Path ?? item.Title;
        return file.State switch
        {
            EvidenceFileState.Missing => ClaimIssue.Of(DiagnosticCodes.EvidenceMissing, at, path),
            EvidenceFileState.HashMismatch => ClaimIssue.Of(DiagnosticCodes.EvidenceHashMismatch, at, path, file.Detail ?? "another value", item.Sha256),
            EvidenceFileState.OutsideFolder => ClaimIssue.Of(DiagnosticCodes.EvidencePathEscapes, at, path, file.Detail ?? "leads outside the folder through a symbolic link"),
            EvidenceFileState.NotRegularFile => ClaimIssue.Of(DiagnosticCodes.EvidenceNotRegularFile, at, path, file.Detail ?? "not a regular file"),
            EvidenceFileState.TooLarge => ClaimIssue.Of(DiagnosticCodes.EvidenceTooLarge, at, path, file.Detail ?? "over the size limit"),
            EvidenceFileState.Unpinned => ClaimIssue.Of(DiagnosticCodes.EvidenceUnpinned, at, path),
            _ => ClaimIssue.Of(DiagnosticCodes.EvidenceUnreadable, at, path, file.Detail ?? "an I/O error"),
        };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
