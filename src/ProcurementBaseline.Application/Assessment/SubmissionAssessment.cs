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
        new GapReportBuilder.Inputs(Json.Attestation.File, Submission.Sha256!, ToolVersion.Current, [.. Json.Inputs.Select(i => new InputRow(i.Root == ContractPaths.StandardsRoot ? $"{ContractPaths.StandardsRoot}/{i.File}" : i.File, i.Sha256))]));
}
