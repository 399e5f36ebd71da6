using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Profiles;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// "oscal-cold [runs]": the first call in a fresh process, as a command-line user meets it, for the SP 800-53 catalog
/// import and the HIGH profile resolution, each beside its floor (JsonDocument.Parse of the same bytes, also first in
/// its process). Each measurement runs in its own child process, interleaved, and the median is printed.
/// </summary>
internal static class OscalColdStart
{
    private static readonly string[] Workloads = ["parse-catalog", "import-catalog", "parse-profile", "resolve-high"];

    public static void Run(int runs)
    {
        var times = Workloads.ToDictionary(w => w, _ => new List<double>());
        for (var run = 0; run < runs; run++)
        {
            foreach (var workload in Workloads)
            {
                times[workload].Add(Child(workload));
            }
        }

        foreach (var workload in Workloads)
        {
            var sorted = times[workload].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload,-16} median {sorted[sorted.Count / 2],7:F1} ms   (min {sorted[0]:F1}, max {sorted[^1]:F1}, {runs} processes)"));
        }
    }

    /// <summary>Runs one workload, first in this process, and prints its milliseconds (the files are read before the clock starts).</summary>
    public static void RunOne(string workload)
    {
        var catalog = File.ReadAllBytes(RepositoryPaths.SourceFile("us-nist-sp800-53r5", "NIST_SP-800-53_rev5.0.1_catalog.json"));
        var profile = File.ReadAllBytes(RepositoryPaths.SourceFile("us-nist-sp800-53r5", "NIST_SP-800-53_rev5_HIGH-baseline_profile.json"));
        var clock = Stopwatch.StartNew();
        var check = workload switch
        {
            "parse-catalog" => Parse(catalog),
            "parse-profile" => Parse(profile),
            "import-after-parse" => ImportAfterParse(catalog, clock),
            "import-repeated" => ImportRepeated(catalog),
            "outline" => CatalogOutline.Read(catalog, "catalog.json", OscalIdStyle.Oscal, new ProcurementBaseline.Diagnostics.DiagnosticBag())!.OscalIds.Count(),
            "import-catalog" => OscalCatalogImporter.Import(catalog, "catalog.json", new OscalCatalogImportOptions
            {
                Id = "nist-sp800-53",
                Version = CatalogVersion.Parse("5.0.1"),
                Jurisdiction = Jurisdiction.US,
                IdStyle = OscalIdStyle.Label,
                Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
            }).Value!.ControlCount,
            "resolve-high" => OscalProfileImporter.Import(profile, "high.json", catalog, "catalog.json", new OscalProfileImportOptions
            {
                Id = "high",
                Catalog = CatalogRef.Parse("nist-sp800-53@5.0.1"),
                Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
            }).Value!.Controls.Length,
            _ => throw new ArgumentException(workload),
        };
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds:F2} {check}"));
    }

    // Diagnostic: the import's own cost once System.Text.Json is warm (the clock restarts after a first parse).
    private static int ImportAfterParse(byte[] catalog, Stopwatch clock)
    {
        Parse(catalog);
        Parse(catalog);
        clock.Restart();
        return OscalCatalogImporter.Import(catalog, "catalog.json", new OscalCatalogImportOptions
        {
            Id = "nist-sp800-53",
            Version = CatalogVersion.Parse("5.0.1"),
            Jurisdiction = Jurisdiction.US,
            IdStyle = OscalIdStyle.Label,
            Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        }).Value!.ControlCount;
    }

    // Diagnostic: the first five imports in one process, each timed.
    private static int ImportRepeated(byte[] catalog)
    {
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            ImportAfterParse(catalog, clock);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import {i + 1}: {clock.Elapsed.TotalMilliseconds:F1} ms"));
        }

        return 0;
    }

    private static int Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        return document.RootElement.EnumerateObject().Count();
    }

    private static double Child(string workload)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [typeof(OscalColdStart).Assembly.Location, "oscal-cold-one", workload])
        {
            RedirectStandardOutput = true,
        };
        if (!start.FileName.EndsWith("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.RemoveAt(0);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return double.Parse(output.Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
