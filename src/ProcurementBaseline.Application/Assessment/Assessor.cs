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
    public SubmissionAssessment Assess(LoadedAttestation submission, IReadOnlyList<ResolvedBaseline> baselines, DateOnly asOf)
    {
        var attestation = submission.Attestation ?? throw new ArgumentException("Only a submission without errors can be assessed.", nameof(submission));
        var evaluations = baselines.Select(b => Evaluator.Evaluate(Plan(b), attestation, asOf, submission.Evidence)).ToList();
        var paths = new ContractPaths(Loaded.Standards.Inputs, submission.Shown);
        var inputs = Loaded.Standards.Inputs.Select(i => new InputJson(ContractPaths.StandardsRoot, i.File, i.Sha256))
            .Prepend(new InputJson(ContractPaths.AttestationRoot, paths.Attestation, submission.Sha256!)).ToList();
        return new SubmissionAssessment(submission, evaluations, AssessmentMapper.Map(attestation, submission.Sha256!, evaluations, asOf, inputs, paths), asOf);
    }
}
