using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Assessment.Ci;

/// <summary>
/// The findings a release gate acts on, one per required control that is not met, with where in the attestation it
/// points: the claim on the control, else the claim it was inferred from, else the attestation's <c>against</c>.
/// </summary>
public sealed record GapFinding(SubmissionAssessment Submission, BaselineEvaluation Evaluation, Finding Finding, SourceLocation At)
{
    public bool IsMust => Finding.Priority == Baselines.Priority.Must;

    public static IEnumerable<GapFinding> Of(SubmissionAssessment submission) =>
        from evaluation in submission.Evaluations
        from finding in evaluation.Findings
        where !finding.IsMet && finding.Kind != FindingKind.NotApplicable
        select new GapFinding(submission, evaluation, finding,
            finding.Claim?.Origin ?? finding.ViaClaim?.Origin ?? finding.BlockedBy?.Claim.Origin
            ?? submission.Submission.Attestation!.AgainstOrigin ?? SourceLocation.WholeFile(submission.Submission.Shown));
}
