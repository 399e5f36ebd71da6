using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Tests;
using YamlDotNet.RepresentationModel;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// Loading and validating every shipped catalog and selection, beside the floor of YamlDotNet parsing
/// the same bytes to its node tree (both on all cores, as procbase loads files in parallel).
/// </summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private readonly List<string> _texts = [];
    private string _standards = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _standards = RepositoryPaths.Standards;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Standards, "*.yaml", SearchOption.AllDirectories))
        {
            _texts.Add(File.ReadAllText(file));
        }
    }

    [Benchmark(Baseline = true, Description = "floor: YamlDotNet parse to node tree")]
    public int BareYamlParse()
    {
        var count = 0;
        Parallel.ForEach(_texts, text =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            Interlocked.Add(ref count, stream.Documents.Count);
        });
        return count;
    }

    [Benchmark(Description = "load and validate all shipped standards")]
    public int LoadAndValidate()
    {
        var set = new StandardsLoader(_standards).Load([_standards]);
        if (set.HasErrors)
        {
            throw new InvalidOperationException("The shipped standards have errors.");
        }

        return set.Catalogs.Catalogs.Length;
    }
}
