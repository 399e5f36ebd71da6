using System.Diagnostics;
using System.Globalization;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// Peak memory of whole procbase processes on a 100,000-claim attestation (issue 12, item 12): <c>attest validate</c> and
/// <c>assess --format json</c>, beside the input's size and the floor of loading the same standards alone
/// (<c>catalog list</c>). Each process is the built procbase, run as a user runs it; its peak resident set is read from
/// /proc while it runs (Linux).
/// </summary>
internal static class LargeSubmissionMemory
{
    public static void Run(int claims)
    {
        var root = Directory.CreateTempSubdirectory("procbase-memory-").FullName;
        try
        {
            var attestation = LargeSubmission.Write(root, claims);
            var standards = Path.Combine(root, "standards");
            var input = new FileInfo(attestation).Length;
            Console.WriteLine($"attestation: {claims:N0} claims, {Mib(input)} MiB; standards: the shipped ones and a generated {claims:N0}-control catalog");
            var floor = Peak("catalog list (standards only, the floor)", ["catalog", "list", "--standards", standards]);
            foreach (var (name, args) in new (string, string[])[]
            {
                ("attest validate", ["attest", "validate", attestation, "--standards", standards, "--as-of", "2026-11-26"]),
                ("assess --format json", ["assess", attestation, "--standards", standards, "--as-of", "2026-11-26", "--format", "json", "--out", Path.Combine(root, "out")]),
            })
            {
                var peak = Peak(name, args);
                Console.WriteLine($"  {name}: {Mib(peak)} MiB = {(double)peak / input:0.0}x the input; above the floor {Mib(peak - floor)} MiB = {(double)(peak - floor) / input:0.0}x");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    internal static long Peak(string name, string[] args)
    {
        var procbase = Path.Combine(AppContext.BaseDirectory, "procbase.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(procbase);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            Thread.Sleep(5);
        }

        Console.WriteLine($"{name}: exit {process.ExitCode}, {clock.Elapsed.TotalSeconds:0.0} s, peak working set {Mib(peak)} MiB");
        return peak;
    }

    /// <summary>VmHWM, the peak resident set the kernel keeps for a process, in bytes.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    internal static string Mib(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);
}
