using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Application.Oscal;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Profiles;
using ProcurementBaseline.Oscal.Writing;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// OSCAL in and out, warm, each beside its floor: importing NIST's SP 800-53 catalog and resolving its HIGH profile
/// beside JsonDocument.Parse of the catalog; exporting every shipped catalog, baseline, selection and crosswalk beside
/// serialising the same documents, already built.
/// </summary>
[MemoryDiagnoser]
public class OscalBenchmarks
{
    private static readonly CatalogSource Source = new() { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim };
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    private byte[] _catalog = [];
    private byte[] _high = [];
    private List<JsonObject> _exported = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalog = File.ReadAllBytes(RepositoryPaths.SourceFile("us-nist-sp800-53r5", "NIST_SP-800-53_rev5.0.1_catalog.json"));
        _high = File.ReadAllBytes(RepositoryPaths.SourceFile("us-nist-sp800-53r5", "NIST_SP-800-53_rev5_HIGH-baseline_profile.json"));
        _exported = [.. OscalExports.All(Shipped.Standards, AsOf).Select(e => e.Document)];
    }

    [Benchmark(Baseline = true, Description = "floor: JsonDocument.Parse SP 800-53 catalog")]
    public int ParseCatalog()
    {
        using var document = JsonDocument.Parse(_catalog);
        return document.RootElement.GetProperty("catalog").GetProperty("groups").GetArrayLength();
    }

    [Benchmark(Description = "import SP 800-53 catalog")]
    public int ImportCatalog() => OscalCatalogImporter.Import(_catalog, "catalog.json", new OscalCatalogImportOptions
    {
        Id = "nist-sp800-53",
        Version = CatalogVersion.Parse("5.0.1"),
        Jurisdiction = Jurisdiction.US,
        IdStyle = OscalIdStyle.Label,
        Source = Source,
    }).Value!.Groups.Length;

    [Benchmark(Description = "outline of the SP 800-53 catalog (what profiles resolve against)")]
    public int Outline() => CatalogOutline.Read(_catalog, "catalog.json", OscalIdStyle.Oscal, new DiagnosticBag())!.OscalIds.Count();

    [Benchmark(Description = "resolve the SP 800-53 HIGH profile")]
    public int ResolveHigh() => OscalProfileImporter.Import(_high, "high.json", _catalog, "catalog.json", new OscalProfileImportOptions
    {
        Id = "high",
        Catalog = CatalogRef.Parse("nist-sp800-53@5.0.1"),
        Source = Source,
    }).Value!.Controls.Length;

    [Benchmark(Description = "floor: serialise the 44 exported documents, already built")]
    public long SerialiseAll() => _exported.Sum(d => (long)OscalNodes.Serialize(d).Length);

    [Benchmark(Description = "export all 44 (build and serialise)")]
    public long ExportAll() => OscalExports.All(Shipped.Standards, AsOf).Sum(e => (long)OscalNodes.Serialize(e.Document).Length) + _exported.Count;
}
