using ProcurementBaseline.Analysis;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Tests.Catalogs;

/// <summary>Floors for <c>map suggest</c> against crosswalks people made: NIST's own references and our reviewed mappings.</summary>
[TestClass]
public sealed class SuggestionQualityTests
{
    private static SuggestionQuality Measure(string source, string target)
    {
        var set = ShippedStandards.Load();
        var graph = MappingGraph.Build(set.Catalogs, set.Crosswalks);
        var from = ShippedStandards.Catalog(source);
        var to = ShippedStandards.Catalog(target);
        var suggestions = new MappingSuggester(to, new EnglishTermAnalyzer()).Suggest(from, 5, graph);
        return SuggestionQuality.Measure(suggestions, SuggestionQuality.Gold(graph, from.Ref, to.Ref), 5);
    }

    [TestMethod]
    public void SsdfToSp80053_RecallAt5_IsAtLeastHalf()
    {
        var quality = Measure("nist-ssdf@1.1", "nist-sp800-53@5.0.1");

        Assert.AreEqual(95, quality.Pairs);
        Assert.IsGreaterThanOrEqualTo(0.5, quality.RecallAtK);
        Assert.IsGreaterThanOrEqualTo(0.45, quality.PrecisionAt1);
    }

    [TestMethod]
    public void SsdfToIsm_ReviewedMappings_RecallAt5()
    {
        var quality = Measure("nist-ssdf@1.1", "asd-ism@2025.12.9");

        // 0.526 and 0.345 on the pairs of strength 5 or more after the full review of December 2026 (0.650 and 0.379 on
        // the first 60 pairs); issue 14 raises them.
        Assert.IsGreaterThanOrEqualTo(0.5, quality.RecallAtK);
        Assert.IsGreaterThanOrEqualTo(0.33, quality.PrecisionAt1);
    }

    [TestMethod]
    public void Bm25_RanksTheDocumentSharingTheRarerTermsFirst()
    {
        var index = new Bm25Index([["code", "review"], ["code", "signing", "certificate"], ["threat", "model"]]);

        var scores = index.Score(["code", "signing"]);

        Assert.IsGreaterThan(scores[0], scores[1]);
        Assert.AreEqual(0, scores[2]);
    }

    [TestMethod]
    public void Analyzer_StemsAndDropsStopWords() =>
        CollectionAssert.AreEqual(new[] { "vulner", "identifi", "softwar" }, new EnglishTermAnalyzer().Terms("The vulnerabilities identified in the software").ToArray());
}
