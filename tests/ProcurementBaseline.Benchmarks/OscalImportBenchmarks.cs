using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks;

/// <summary>Importing the ISM's OSCAL catalog, beside the floor of <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> on the same bytes.</summary>
[MemoryDiagnoser]
public class OscalImportBenchmarks
{
    private static readonly OscalCatalogImportOptions Options = new()
    {
        Id = "asd-ism",
        Version = CatalogVersion.Parse("2025.12.9"),
        Jurisdiction = Jurisdiction.AU,
        Source = new CatalogSource { Url = "u", Licence = "CC BY 4.0", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
    };

    private byte[] _ism = [];

    [GlobalSetup]
    public void Setup() => _ism = File.ReadAllBytes(RepositoryPaths.SourceFile("au-asd-ism", "ISM_catalog.json"));

    [Benchmark(Baseline = true, Description = "floor: JsonDocument.Parse")]
    public int BareJsonParse()
    {
        using var document = JsonDocument.Parse(_ism);
        return document.RootElement.GetProperty("catalog").GetProperty("groups").GetArrayLength();
    }

    [Benchmark(Description = "import-oscal ISM_catalog.json")]
    public int ImportIsm() => OscalCatalogImporter.Import(_ism, "ISM_catalog.json", Options).Value!.ControlCount;
}
