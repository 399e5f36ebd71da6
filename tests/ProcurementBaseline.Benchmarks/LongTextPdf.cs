using System.Diagnostics;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Pdf;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// The PDF of one submission whose vendor name is a single text of 30,000, 100,000 and 1,100,000 characters, as words
/// and as one unbroken word (issue 12, item 9), in process: median of three renders, beside the floor of the same
/// report with the sample's own name.
/// </summary>
internal static class LongTextPdf
{
    public static void Run()
    {
        var loaded = HarmonisationSet.Load(RepositoryPaths.Standards, RepositoryPaths.Root);
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml");
        var submission = LoadedAttestation.Load(sample, loaded.Standards, [loaded.Standards.FindBaseline("us-federal-software")!], RepositoryPaths.Root, new LoadedAttestation.Options(new DateOnly(2026, 11, 26), InputLimits.Default));
        var assessment = new Assessor(loaded).Assess(submission, [loaded.Standards.FindBaseline("us-federal-software")!], new DateOnly(2026, 11, 26));
        var report = assessment.Report(loaded.Standards.Catalogs);
        Console.WriteLine($"floor, the sample's own report: {Median(() => GapReportPdf.Render(report, null).Length):0} ms");
        foreach (var length in new[] { 30_000, 100_000, 1_100_000 })
        {
            var words = string.Concat(Enumerable.Repeat("Vendor ", (length / 7) + 1))[..length];
            var word = new string('X', length);
            foreach (var (kind, name) in new[] { ("words", words), ("one word", word) })
            {
                var bytes = 0;
                var ms = Median(() => bytes = GapReportPdf.Render(report with { Vendor = name }, null).Length);
                Console.WriteLine($"vendor name of {length:N0} characters ({kind}): {ms:0} ms, {bytes / 1024.0:0} kB");
            }
        }
    }

    private static double Median(Func<int> render)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            render();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(1);
    }
}
