using System.Collections.Concurrent;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>
/// Assesses submissions against baselines for one run: each baseline is compiled against the mapping graph once,
/// however many submissions use it, and the plans are shared by submissions assessed at once.
/// </summary>
public sealed class Assessor(HarmonisationSet loaded, bool noMappings = false)
{
    private readonly ConcurrentDictionary<string, Lazy<EvaluationPlan>> _plans = new(StringComparer.Ordinal);

    public HarmonisationSet Loaded { get; } = loaded;

    /// <summary>The baseline compiled for evaluation, with mapped coverage off when the run counts direct claims only.</summary>
    public EvaluationPlan Plan(ResolvedBaseline baseline) => _plans.GetOrAdd(baseline.Baseline.Id, _ => new Lazy<EvaluationPlan>(() =>
        EvaluationPlan.Compile(noMappings ? baseline with { Baseline = baseline.Baseline with { Policy = baseline.Baseline.Policy with { Mappings = null } } } : baseline, Loaded.Graph))).Value;

    /// <summary>Evaluates a submission that loaded without errors against each baseline, at the as-of date.</summary>
    /// <param name="submission">The submission, read without errors.</param>
    /// <param name="baselines">The baselines to read it against.</param>
    /// <param name="asOf">The date it is judged at.</param>
    /// <param name="bundle">The bundle it came in, if any: recorded in the result, and a baseline requiring a verified signed bundle fails without one.</param>
    public SubmissionAssessment Assess(LoadedAttestation submission, IReadOnlyList<ResolvedBaseline> baselines, DateOnly asOf, BundleJson? bundle = null)
    {
        var verifiedBundle = bundle?.Verified ?? false;
        var attestation = submission.Attestation ?? throw new ArgumentException("Only a submission without errors can be assessed.", nameof(submission));
        var evaluations = baselines.Select(b => RequireSignature(Evaluator.Evaluate(Plan(b), attestation, asOf, submission.Evidence), verifiedBundle)).ToList();
        var paths = new ContractPaths(Loaded.Standards.Inputs, submission.Shown);
        var inputs = Loaded.Standards.Inputs.Select(i => new InputJson(ContractPaths.StandardsRoot, i.File, i.Sha256))
            .Prepend(new InputJson(ContractPaths.AttestationRoot, paths.Attestation, submission.Sha256!)).ToList();
        var json = AssessmentMapper.Map(attestation, submission.Sha256!, evaluations, asOf, inputs, paths, submission.Evidence.Summaries);
        return new SubmissionAssessment(submission, evaluations, json with { Attestation = json.Attestation with { Bundle = bundle } }, asOf);
    }

    /// <summary>A baseline with <c>signed-submission</c> fails a submission that is not a verified signed bundle, whatever its findings.</summary>
    private static BaselineEvaluation RequireSignature(BaselineEvaluation evaluation, bool verifiedBundle) =>
        verifiedBundle || !evaluation.Baseline.Baseline.Policy.SignedSubmission
            ? evaluation
            : evaluation with
            {
                Verdict = Verdict.Fail,
                Reasons = [$"{evaluation.Baseline.Baseline.Id} accepts only a signed bundle verified against a key or root the assessor trusts (policy signed-submission); this submission is not one.", .. evaluation.Reasons],
            };
}
