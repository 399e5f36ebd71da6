using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Planning;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// The attest-once plan for the four shipped national baselines, in process, beside its floor: one inference, that is
/// evaluating the four baselines against the same claims (which the plan does once itself, as its check).
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);
    private static readonly string[] Four = ["au-software-supplier", "us-federal-software", "jp-government-software", "in-government-software"];
    private List<EvaluationPlan> _plans = [];
    private Attestations.Attestation _claims = null!;

    [GlobalSetup]
    public void Setup()
    {
        var graph = Shipped.Graph();
        _plans = [.. Four.Select(id => EvaluationPlan.Compile(Shipped.Standards.Baselines.Single(b => b.Baseline.Id == id), graph))];
        _claims = AttestOncePlanner.Submission(AttestOncePlanner.Plan(_plans, AsOf, Shipped.Standards.Catalogs.Resolve("nist-ssdf@1.1")!.Ref).Claims, AsOf);
    }

    [Benchmark(Baseline = true, Description = "floor: evaluate the four baselines against the plan's claims")]
    public int InferOnce() => _plans.Sum(p => Evaluator.Evaluate(p, _claims, AsOf, TrustedEvidence.Instance).Findings.Count(f => f.Priority == Priority.Must));

    [Benchmark(Description = "procbase plan for the four national baselines (set cover and its check)")]
    public int Plan() => AttestOncePlanner.Plan(_plans, AsOf, Shipped.Standards.Catalogs.Resolve("nist-ssdf@1.1")!.Ref).Claims.Length;

    [Benchmark(Description = "the same, compiling the four baselines' plans first")]
    public int CompileAndPlan()
    {
        var graph = Shipped.Graph();
        return AttestOncePlanner.Plan([.. Four.Select(id => EvaluationPlan.Compile(Shipped.Standards.Baselines.Single(b => b.Baseline.Id == id), graph))],
            _claims.Date, Shipped.Standards.Catalogs.Resolve("nist-ssdf@1.1")!.Ref).Claims.Length;
    }
}
