using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// Mapping suggestions for every ISM control against every SP 800-53 control, top 5 (BM25 alone; scripts/suggest-bench.sh measures the whole process with the semantic add-on),
/// beside the floor of analysing both catalogs' texts (tokenise, stop words, stem), which any text method must do.
/// </summary>
[MemoryDiagnoser]
public class SuggestBenchmarks
{
    private Catalog _ism = null!;
    private Catalog _sp80053 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ism = Shipped.Standards.Catalogs.Resolve("asd-ism")!;
        _sp80053 = Shipped.Standards.Catalogs.Resolve("nist-sp800-53")!;
    }

    [Benchmark(Baseline = true, Description = "floor: analyse the texts of both catalogs")]
    public int FloorAnalyseTexts()
    {
        var analyzer = new EnglishTermAnalyzer();
        return _ism.AllControls.Concat(_sp80053.AllControls).AsParallel().Sum(c => analyzer.Terms(ControlDocument.Text(c)).Count);
    }

    [Benchmark(Description = "suggest ISM × SP 800-53, all pairs, top 5, BM25 alone")]
    public int SuggestIsmBySp80053()
    {
        var analyzer = new EnglishTermAnalyzer();
        var space = SuggestionSpace.Build(_ism, _sp80053, analyzer);
        return MappingSuggester.Suggest(space, RankingParameters.Lexical, ControlLevel.Any, 5, analyzer).Length;
    }
}
