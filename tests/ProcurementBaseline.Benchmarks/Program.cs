using BenchmarkDotNet.Running;
using ProcurementBaseline.Benchmarks;

// "stream-10k [count]", "reports-1000 [count]", "pdf-pages", "memory-100k [claims]", "pdf-long-text", "sbom-100m [bytes]", "oscal-cold [runs]" and "registry-load [sqlite|connection] [submissions]" run their
// workloads directly; anything else goes to BenchmarkDotNet.
if (args is ["memory-100k", ..])
{
    LargeSubmissionMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

if (args is ["sbom-100m", ..])
{
    ProcurementBaseline.Benchmarks.Sboms.SbomMemory.Run(args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000_000);
    return;
}

if (args is ["pdf-long-text"])
{
    LongTextPdf.Run();
    return;
}

if (args is ["pdf-pages"])
{
    PdfPages.Print();
    return;
}

if (args is ["reports-1000", ..])
{
    ThousandReports.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
    return;
}

if (args is ["oscal-cold", ..])
{
    OscalColdStart.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
    return;
}

if (args is ["oscal-cold-one", var workload])
{
    OscalColdStart.RunOne(workload);
    return;
}

if (args is ["registry-load", ..])
{
    ProcurementBaseline.Benchmarks.Registry.RegistryLoad.Run(args.Length > 1 ? args[1] : "sqlite", args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 800);
    return;
}

if (args is ["stream-10k", ..])
{
    StreamedEvaluation.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CatalogLoadBenchmarks).Assembly).Run(args);
