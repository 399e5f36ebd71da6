using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Reports;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>One submission assessed: its evaluations per baseline, the JSON contract, and the gap report built on demand.</summary>
public sealed record SubmissionAssessment(LoadedAttestation Submission, IReadOnlyList<BaselineEvaluation> Evaluations, AssessmentJson Json, DateOnly AsOf)
{
    public Verdict Worst => Evaluations.Count == 0 ? Verdict.Pass : Evaluations.Max(e => e.Verdict);

    public GapReport Report(CatalogLibrary catalogs) => GapReportBuilder.Build(Submission.Attestation!, Evaluations, catalogs, AsOf,
        new GapReportBuilder.Inputs(Json.Attestation.File, Submission.Sha256!, ToolVersion.Current, [.. Json.Inputs.Select(i => new InputRow(i.Root == ContractPaths.StandardsRoot ? $"{ContractPaths.StandardsRoot}/{i.File}" : i.File, i.Sha256))])
        {
            EvidenceSummaries = Submission.Evidence.Summaries,
        })
        with { Bundle = Json.Attestation.Bundle is { } bundle ? BundleSentence(bundle) : null };

    /// <summary>"Submitted as the signed bundle delta.zip (sha256 …): verified; signed by the vendor (key 704b…), countersigned by a reviewer (key bc7f…)."</summary>
    public static string BundleSentence(BundleJson bundle)
    {
        var signers = bundle.Signatures.Select(s => $"{s.Role} key {s.KeyId[..Math.Min(16, s.KeyId.Length)]} ({(s.Valid ? "valid" : s.Trusted ? "invalid" : "key not trusted, not checked")}{(s.Timestamp is null ? "" : $", timestamped {s.Timestamp} by {s.TimestampAuthority}")})");
        var status = bundle.Verified ? "verified: every file as its manifest pins it, signed by a trusted key" : "its files match its manifest, but no signature by a trusted key was verified";
        return $"Submitted as the bundle {bundle.File} (sha256 {bundle.Sha256}); {status}. Signatures: {(bundle.Signatures.Count == 0 ? "none" : string.Join("; ", signers))}.";
    }
}
