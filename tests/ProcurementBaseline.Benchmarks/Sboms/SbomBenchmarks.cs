using System.Xml;
using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Application.Sboms;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks.Sboms;

/// <summary>
/// <c>sbom check</c> of a 2 MB CycloneDX SBOM (issue 17: within 3× the floor): read, inventoried and judged against the
/// three shipped profiles, beside the floor of parsing the same bytes with <c>JsonDocument.Parse</c> (JSON) or reading
/// every node with <c>XmlReader</c> (XML).
/// </summary>
[MemoryDiagnoser]
public class SbomBenchmarks : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("procbase-sbom-bench-").FullName;
    private byte[] _json = [];
    private byte[] _xml = [];
    private IReadOnlyList<SbomProfile> _profiles = [];

    [GlobalSetup]
    public void Setup()
    {
        var json = Path.Combine(_folder, "bom.json");
        var xml = Path.Combine(_folder, "bom.xml");
        var components = SyntheticSbom.WriteJson(json, 2_000_000);
        SyntheticSbom.WriteXml(xml, 2_000_000);
        _json = File.ReadAllBytes(json);
        _xml = File.ReadAllBytes(xml);
        _profiles = new StandardsLoader(RepositoryPaths.Root).Load([RepositoryPaths.Standards]).SbomProfiles;
        Console.WriteLine($"// JSON {_json.Length:N0} bytes, {components:N0} components; XML {_xml.Length:N0} bytes; profiles {string.Join(", ", _profiles.Select(p => p.Key))}");
    }

    [Benchmark(Baseline = true, Description = "floor: JsonDocument.Parse of the 2 MB JSON")]
    public int JsonFloor()
    {
        using var document = System.Text.Json.JsonDocument.Parse(_json);
        return document.RootElement.GetProperty("components").GetArrayLength();
    }

    [Benchmark(Description = "check the 2 MB CycloneDX JSON against three profiles")]
    public double CheckJson() => Check(_json, "bom.json");

    [Benchmark(Description = "floor: XmlReader over every node of the 2 MB XML")]
    public int XmlFloor()
    {
        using var reader = XmlReader.Create(new MemoryStream(_xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark(Description = "check the 2 MB CycloneDX XML against three profiles")]
    public double CheckXml() => Check(_xml, "bom.xml");

    private double Check(byte[] bytes, string name)
    {
        var check = SbomCheck.Run(new MemoryStream(bytes, writable: false), name, _profiles);
        return check.Readable ? check.Profiles.Sum(p => p.Score) : throw new InvalidOperationException(string.Join("\n", check.Diagnostics));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
