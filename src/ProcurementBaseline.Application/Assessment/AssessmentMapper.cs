using ProcurementBaseline.Harmonisation;
using System.Globalization;
using ProcurementBaseline.Attestations;

using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Yaml.Attestations;
using ProcurementBaseline.Yaml.Baselines;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>Builds the JSON contract from evaluations. Nothing here reads the clock: the as-of date is the only date not from the inputs.</summary>
public static class AssessmentMapper
{
    public static AssessmentJson Map(Attestation attestation, string sha256, IReadOnlyList<BaselineEvaluation> evaluations, DateOnly asOf, IReadOnlyList<InputJson> inputs, ContractPaths paths, IReadOnlyDictionary<string, string> evidenceChecks) => new(
        AssessmentJson.CurrentSchemaVersion,
        new ToolJson("procbase", ToolVersion.Current),
        Date(asOf),
        new SubmissionJson(paths.Attestation, sha256, attestation.Vendor.Name, attestation.Vendor.Id, attestation.Product.Name, attestation.Product.Version,
            Date(attestation.Date), attestation.Signatory.Role is { } role ? $"{attestation.Signatory.Name}, {role}" : attestation.Signatory.Name, attestation.Claims.Length),
        [.. evaluations.Select(e => Baseline(e, paths, evidenceChecks))],
        inputs);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Word(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static BaselineResultJson Baseline(BaselineEvaluation evaluation, ContractPaths paths, IReadOnlyDictionary<string, string> evidenceChecks)
    {
        var baseline = evaluation.Baseline.Baseline;
        return new BaselineResultJson(
            baseline.Id, baseline.Title, baseline.Owner, baseline.Jurisdiction.ToString(), baseline.Version,
            Word(evaluation.Verdict),
            evaluation.Reasons,
            Enum.GetValues<FindingKind>().ToDictionary(Verdicts.Word, evaluation.Count),
            new ScoresJson(Score(evaluation.Overall), [.. evaluation.ByNation.Select(Score)], [.. evaluation.ByCatalog.Select(Score)], [.. evaluation.ByGroup.Select(Score)]),
            [.. evaluation.Findings.Select(f => Finding(f, paths, evidenceChecks))]);
    }

    private static ScoreJson Score(Score score) => new(score.Scope, score.Met, score.Required, Math.Round(score.Share, 4));

    private static FindingJson Finding(Finding finding, ContractPaths paths, IReadOnlyDictionary<string, string> evidenceChecks) => new(
        finding.Control.ToString(),
        finding.Required.Control.Control.Title.Default,
        BaselineYamlReader.Priorities.Word(finding.Priority),
        Verdicts.Word(finding.Kind),
        finding.Reason,
        finding.Claim is { } claim ? Claim(claim, paths, evidenceChecks) : null,
        finding.ViaClaim?.Control.ToString(),
        finding.Path is { } path ? Path(path, paths) : null,
        finding.Residual,
        finding.Due is { } due ? Date(due) : null,
        finding.EvidenceIssues.IsEmpty ? null : [.. finding.EvidenceIssues.Select(i => i.Message)],
        finding.RelatedNotImplemented.IsEmpty ? null : [.. finding.RelatedNotImplemented.Select(k => k.ToString())])
    {
        EvidenceProblems = finding.EvidenceIssues.IsEmpty ? null : [.. finding.EvidenceIssues.Select(i => new ProblemJson(i.Code.Code, i.Message, paths.At(i.At)))],
        BlockedBy = finding.BlockedBy is { } blocked && finding.BlockedPath is { } via
            ? new BlockedJson(blocked.Claim.Control.ToString(), via.Level == Harmonisation.CoverageLevel.Full ? "full" : "partial", blocked.Reason, Path(via.Path, paths))
            : null,
        NotCounted = finding.NotCounted.IsEmpty ? null : [.. finding.NotCounted.Select(r => r.Description)],
        Derivation = finding.Derivation is { } derivation ? DerivationMapper.Map(derivation, paths.At) : null,
    };

    private static List<PathStepJson> Path(Harmonisation.CoveragePath path, ContractPaths paths) => [.. path.Edges.Select(e => new PathStepJson(
        e.From.ToString(), CrosswalkWords.Relationships.Word(e.Relationship), e.To.ToString(), e.Strength,
        CrosswalkWords.Provenances.Word(e.Mapping.Provenance), CrosswalkWords.Statuses.Word(e.Mapping.Status), e.Crosswalk.Name, paths.At(e.Mapping.Origin)))];

    private static ClaimJson Claim(Claim claim, ContractPaths paths, IReadOnlyDictionary<string, string> evidenceChecks) => new(
        AttestationYamlReader.Statuses.Word(claim.Status),
        claim.Statement,
        claim.Evidence.IsEmpty ? null : [.. claim.Evidence.Select(e => new EvidenceJson(e.Title, e.Kind == EvidenceKind.Document ? null : AttestationYamlReader.EvidenceKinds.Word(e.Kind), e.Uri, e.Path, e.Sha256, e.Issued is { } i ? Date(i) : null, e.Expires is { } x ? Date(x) : null,
            e.Path is { } p && evidenceChecks.TryGetValue(p, out var check) ? check : null))],
        claim.Poam.IsEmpty ? null : [.. claim.Poam.Select(m => new MilestoneJson(m.Description, Date(m.Due)))],
        claim.Justification,
        claim.Assessor,
        paths.At(claim.Origin));

    public static string Serialize(AssessmentJson json) => ApplicationJson.Serialize(json);
}
