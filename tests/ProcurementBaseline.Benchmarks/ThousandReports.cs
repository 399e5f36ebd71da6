using System.Diagnostics;
using System.Globalization;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Pdf;
using ProcurementBaseline.Reports;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// The batch workload, timed directly: 1,000 generated attestations, each parsed, evaluated against the US
/// and Japanese baselines and rendered as its own PDF gap report (with Japanese titles), first on one thread and
/// then on every core. Evaluating without rendering is the floor. Prints reports per second, pages and sizes.
/// </summary>
internal static class ThousandReports
{
    private static readonly DateTime Created = new(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);

    public static void Run(int count)
    {
        var asOf = new DateOnly(2026, 11, 26);
        var submissions = new SyntheticSubmissions();
        var graph = Shipped.Graph();
        var plans = new[] { "us-federal-software", "jp-government-software" }.Select(id => EvaluationPlan.Compile(Shipped.Standards.FindBaseline(id)!, graph)).ToList();
        GapReport Report(int i)
        {
            var attestation = AttestationYamlReader.Read(submissions.Attestation(i), "bench.yaml").Value!;
            var evaluations = plans.Select(p => Evaluator.Evaluate(p, attestation, asOf, TrustedEvidence.Instance)).ToList();
            return GapReportBuilder.Build(attestation, evaluations, Shipped.Standards.Catalogs, asOf, new GapReportBuilder.Inputs($"vendor-{i}.yaml", "0", "bench", []));
        }

        _ = GapReportPdf.Render(Report(0), Created); // warm up: fonts, native libraries, JIT
        Console.WriteLine($"{count:N0} reports, each from its own evaluation against us-federal-software and jp-government-software; {Environment.ProcessorCount} cores.");
        Time("floor: parse, evaluate, build the report model, 1 thread", count, 1, i => Report(i).Baselines.Count);
        Time($"floor, {Environment.ProcessorCount} threads", count, Environment.ProcessorCount, i => Report(i).Baselines.Count);
        Time("and render each PDF, 1 thread", count, 1, i => GapReportPdf.Render(Report(i), Created).Length);
        var bytes = Time($"and render each PDF, {Environment.ProcessorCount} threads", count, Environment.ProcessorCount, i => GapReportPdf.Render(Report(i), Created).Length);
        using var sample = UglyToad.PdfPig.PdfDocument.Open(GapReportPdf.Render(Report(0), Created));
        Console.WriteLine($"each report: {sample.NumberOfPages} pages; all {count:N0}: {bytes / 1024.0 / 1024.0:0.0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0} MB");
    }

    private static long Time(string what, int count, int threads, Func<int, long> work)
    {
        long total = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => Interlocked.Add(ref total, work(i)));
        clock.Stop();
        var rate = (count / clock.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
        Console.WriteLine($"{what,-62} {clock.Elapsed.TotalSeconds,7:0.00} s  ({rate} reports/s)");
        return total;
    }
}
