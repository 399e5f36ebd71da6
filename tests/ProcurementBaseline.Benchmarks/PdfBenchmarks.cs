using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Pdf;
using ProcurementBaseline.Reports;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// Rendering PDF gap reports in-process: about 30 pages with Japanese text (the Charlie sample against the four
/// nations' baselines) and about 300 pages (a synthetic submission against the 1,000-control four-nation baseline,
/// reported seven times over), beside the floor of building the smaller report's document description.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private static readonly DateTime Created = new(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);
    private GapReport _small = null!;
    private GapReport _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        var asOf = new DateOnly(2026, 11, 26);
        var standards = Shipped.Standards;
        var graph = Shipped.Graph();
        var charlie = AttestationYamlReader.Read(File.ReadAllBytes(Path.Combine(Tests.RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml")), "charlie").Value!;
        var small = new[] { "au-software-supplier", "in-government-software", "jp-government-software", "us-federal-software" }.Select(id => Evaluator.Evaluate(EvaluationPlan.Compile(standards.FindBaseline(id)!, graph), charlie, asOf, TrustedEvidence.Instance)).ToList();
        _small = GapReportBuilder.Build(charlie, small, standards.Catalogs, asOf, new GapReportBuilder.Inputs("charlie", "0", "bench", []));
        var synthetic = new SyntheticSubmissions();
        var attestation = AttestationYamlReader.Read(synthetic.Attestation(7), "synthetic").Value!;
        var large = Evaluator.Evaluate(synthetic.Plan, attestation, asOf, TrustedEvidence.Instance);
        _large = GapReportBuilder.Build(attestation, [.. Enumerable.Repeat(large, 7)], standards.Catalogs, asOf, new GapReportBuilder.Inputs("synthetic", "0", "bench", []));
    }

    [Benchmark(Baseline = true, Description = "floor: lay out the ~30-page report's document spec")]
    public int SmallSpec() => GapReportPdf.Spec(_small, Created).Blocks.Count;

    [Benchmark(Description = "render a ~30-page PDF report")]
    public int Small() => SmallBytes().Length;

    [Benchmark(Description = "render a ~300-page PDF report")]
    public int Large() => LargeBytes().Length;

    internal byte[] SmallBytes() => GapReportPdf.Render(_small, Created);

    internal byte[] LargeBytes() => GapReportPdf.Render(_large, Created);
}
