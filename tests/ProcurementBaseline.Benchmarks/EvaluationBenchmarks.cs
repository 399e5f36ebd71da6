using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// Evaluating attestations of about 1,000 claims against a 1,000-control, four-nation baseline with inference,
/// on one core, beside the floor of only parsing the same attestations. Each operation is 100 attestations,
/// so 100,000 control findings, with the shipped mappings and again with 200 synthetic combined mappings. The streamed 10,000-attestation run with peak memory is
/// <c>-- stream-10k</c> (see <see cref="StreamedEvaluation"/>).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int Count = 100;
    private static readonly DateOnly AsOf = new(2026, 11, 26);
    private SyntheticSubmissions _submissions = null!;
    private SyntheticSubmissions _combined = null!;
    private List<byte[]> _bytes = [];
    private List<Attestation> _parsed = [];

    [GlobalSetup]
    public void Setup()
    {
        _submissions = new SyntheticSubmissions();
        _combined = new SyntheticSubmissions(combined: true);
        _bytes = [.. Enumerable.Range(0, Count).Select(_submissions.Attestation)];
        _parsed = [.. _bytes.Select(b => AttestationYamlReader.Read(b, "bench.yaml").Value!)];
    }

    [Benchmark(Baseline = true, Description = "floor: parse 100 attestations")]
    public int ParseOnly() => _bytes.Sum(b => AttestationYamlReader.Read(b, "bench.yaml").Value!.Claims.Length);

    [Benchmark(Description = "evaluate 100 parsed attestations (100,000 findings)")]
    public int EvaluateOnly() => _parsed.Sum(a => Evaluator.Evaluate(_submissions.Plan, a, AsOf, TrustedEvidence.Instance).Findings.Length);

    [Benchmark(Description = "evaluate 100 parsed attestations, with 200 more combined mappings (100,000 findings)")]
    public int EvaluateWithCombined() => _parsed.Sum(a => Evaluator.Evaluate(_combined.Plan, a, AsOf, TrustedEvidence.Instance).Findings.Length);

    [Benchmark(Description = "parse and evaluate 100 attestations")]
    public int ParseAndEvaluate() =>
        _bytes.Sum(b => Evaluator.Evaluate(_submissions.Plan, AttestationYamlReader.Read(b, "bench.yaml").Value!, AsOf, TrustedEvidence.Instance).Findings.Length);
}
