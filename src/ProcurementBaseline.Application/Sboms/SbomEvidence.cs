using System.Collections.Immutable;
using System.Globalization;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Application.Sboms;

/// <summary>Turns SBOM and VEX checks into what the evaluator holds against a claim: the problems, the register's summary, the open vulnerabilities.</summary>
public static class SbomEvidence
{
    public static EvidenceContent ForSbom(Evidence item, SbomCheck check, EvidenceRequirement requirement)
    {
        var at = item.Origin;
        if (!check.Readable)
        {
            var first = check.Diagnostics.FirstOrDefault(d => d.IsError);
            return new EvidenceContent([ClaimIssue.Of(DiagnosticCodes.SbomEvidenceUnusable, at, item.Title, $"cannot be read as an SBOM: {first?.Code} {first?.Message}")], "not a readable SBOM");
        }

        if (ChangedWhileRead(item, check.Sha256) is { } changed)
        {
            return changed;
        }

        if (requirement.Profile is not { } key || check.Profile(key) is not { } result)
        {
            return new EvidenceContent([ClaimIssue.Of(DiagnosticCodes.SbomEvidenceUnusable, at, item.Title, $"is to be judged against SBOM profile '{requirement.Profile}', which is not loaded")], Describe(check, null));
        }

        var missing = result.MissingRequired(requirement.MinShare).ToList();
        var issues = missing.Count == 0
            ? ImmutableArray<ClaimIssue>.Empty
            : [ClaimIssue.Of(DiagnosticCodes.SbomIncomplete, at, item.Title, $"{result.Profile.Title} ({key}){MinShareText(requirement.MinShare)}", Missing(missing))];
        return new EvidenceContent(issues, Describe(check, result)) { Subject = Subject(check) };
    }

    public static EvidenceContent ForVex(Evidence item, VexJoin join, int sbomsJoined)
    {
        if (sbomsJoined == 0)
        {
            return new EvidenceContent([ClaimIssue.Of(DiagnosticCodes.VexWithoutSbom, item.Origin, item.Title)], "VEX with no SBOM to join");
        }

        var open = join.Open.ToImmutableArray();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"VEX: {join.Matched.Length} statements on the SBOM's components ({Count(join, VexStatus.Affected)} affected, {Count(join, VexStatus.UnderInvestigation)} under investigation, {Count(join, VexStatus.Fixed)} fixed, {Count(join, VexStatus.NotAffected)} not affected), {open.Length} open; {join.Unmatched.Length} on nothing in the SBOM");
        return new EvidenceContent([], summary) { NeedingPlan = [.. join.NeedingPlan] };
    }

    /// <summary>The problem when the bytes read (hashed as they were read) are not the ones the attestation pins; null when they are.</summary>
    public static EvidenceContent? ChangedWhileRead(Evidence item, string sha256) =>
        item.Sha256 is { } pinned && !string.Equals(pinned, sha256, StringComparison.Ordinal)
            ? new EvidenceContent([ClaimIssue.Of(DiagnosticCodes.SbomEvidenceUnusable, item.Origin, item.Title, "changed between being hashed and being read")], "changed while read")
            : null;

    public static EvidenceContent Unreadable(Evidence item, string why) =>
        new([ClaimIssue.Of(DiagnosticCodes.SbomEvidenceUnusable, item.Origin, item.Title, why)], why);

    /// <summary>"CycloneDX JSON 1.6, 42 components; certin@1.0: 81.0%, missing Criticality (0/42)".</summary>
    public static string Describe(SbomCheck check, SbomProfileResult? result)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{check.Metadata!.Format.Name()} {check.Metadata.SpecVersion}, {check.Components} components");
        if (result is null)
        {
            return head;
        }

        var missing = result.MissingRequired().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{head}; {result.Profile.Key} {result.Score:0.0}%, {(missing.Count == 0 ? "complete" : "missing " + Missing(missing))}");
    }

    private static (string? Name, string? Version)? Subject(SbomCheck check) =>
        check.Metadata?.SubjectName is { } name ? (name, check.Metadata.SubjectVersion) : null;

    private static string Missing(IEnumerable<SbomFieldResult> fields)
    {
        var list = fields.ToList();
        var shown = list.Take(6).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Field.Title} ({f.Have}/{f.Of}{(f.FirstOffenders.IsEmpty || f.Field.Scope == SbomFieldScope.Document ? "" : ", e.g. " + f.FirstOffenders[0])})"));
        return string.Join(", ", shown) + (list.Count > 6 ? string.Create(CultureInfo.InvariantCulture, $" and {list.Count - 6} more") : "");
    }

    private static string MinShareText(double minShare) =>
        minShare >= 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" at {minShare:P0} of components");

    private static int Count(VexJoin join, VexStatus status) => join.Matched.Count(s => s.Status == status);
}
