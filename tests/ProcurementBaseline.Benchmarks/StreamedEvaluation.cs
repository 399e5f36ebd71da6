using System.Diagnostics;
using System.Globalization;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// The full workload, timed directly: 10,000 generated attestations of about 1,000 claims, streamed one at a
/// time (generate, parse, evaluate, drop) on one core, then the same stream parsed only, the floor. Prints findings
/// per second and the process's peak working set.
/// </summary>
internal static class StreamedEvaluation
{
    public static void Run(int count)
    {
        var asOf = new DateOnly(2026, 11, 26);
        var submissions = new SyntheticSubmissions();
        Console.WriteLine($"Baseline: {submissions.RequiredCount:N0} required controls; plan compiled. Streaming {count:N0} attestations on one thread.");

        long findings = 0, claims = 0;
        var generateOnly = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            claims += submissions.Attestation(i).Length > 0 ? 1 : 0;
        }

        generateOnly.Stop();
        var parse = Stopwatch.StartNew();
        claims = 0;
        for (var i = 0; i < count; i++)
        {
            claims += AttestationYamlReader.Read(submissions.Attestation(i), "bench.yaml").Value!.Claims.Length;
        }

        parse.Stop();
        var evaluate = TimeSpan.Zero;
        var full = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var attestation = AttestationYamlReader.Read(submissions.Attestation(i), "bench.yaml").Value!;
            var start = Stopwatch.GetTimestamp();
            findings += Evaluator.Evaluate(submissions.Plan, attestation, asOf, TrustedEvidence.Instance).Findings.Length;
            evaluate += Stopwatch.GetElapsedTime(start);
        }

        full.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        static string Rate(double n, TimeSpan t) => (n / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
        Console.WriteLine($"claims: {claims:N0}; findings: {findings:N0}");
        Console.WriteLine($"generate only:            {generateOnly.Elapsed.TotalSeconds,7:0.00} s");
        Console.WriteLine($"floor, parse only:        {parse.Elapsed.TotalSeconds - generateOnly.Elapsed.TotalSeconds,7:0.00} s  ({Rate(claims, parse.Elapsed - generateOnly.Elapsed)} claims/s, generation subtracted)");
        Console.WriteLine($"evaluate only:            {evaluate.TotalSeconds,7:0.00} s  ({Rate(findings, evaluate)} findings/s on one core)");
        Console.WriteLine($"generate, parse, evaluate:{full.Elapsed.TotalSeconds,7:0.00} s  ({Rate(findings, full.Elapsed - generateOnly.Elapsed)} findings/s end to end, generation subtracted)");
        Console.WriteLine($"peak working set:         {peak / 1024.0 / 1024.0,7:0} MB");
    }
}
