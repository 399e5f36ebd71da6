using ProcurementBaseline.Analysis;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Tests.Catalogs;

/// <summary>Floors for <c>map suggest</c> with BM25 alone against crosswalks people made: NIST's own references and our reviewed mappings.</summary>
[TestClass]
public sealed class SuggestionQualityTests
{
    private static SuggestionQuality Measure(string source, string target, RankingParameters parameters, ControlLevel level)
    {
        var set = ShippedStandards.Load();
        var graph = MappingGraph.Build(set.Catalogs, set.Crosswalks);
        var from = ShippedStandards.Catalog(source);
        var to = ShippedStandards.Catalog(target);
        var gold = SuggestionQuality.Gold(graph, from.Ref, to.Ref).ToLookup(p => p.Source.ControlId, p => p.Target.ControlId, StringComparer.Ordinal);
        var space = SuggestionSpace.Build(from, to, new EnglishTermAnalyzer());
        return SuggestionQuality.Measure(SuggestionQuality.Outcomes(space, gold, parameters, level));
    }

    [TestMethod]
    public void SsdfToSp80053_WithTheFirstWeights_RecallAt5_IsAtLeastHalf()
    {
        var quality = Measure("nist-ssdf@1.1", "nist-sp800-53@5.0.1", RankingParameters.Lexical, ControlLevel.Any);

        Assert.AreEqual(95, quality.Pairs);
        Assert.IsGreaterThanOrEqualTo(0.5, quality.RecallAt5.Value);
        Assert.IsGreaterThanOrEqualTo(0.45, quality.PrecisionAt1.Value);
        Assert.IsTrue(quality.RecallAt5.Low <= quality.RecallAt5.Value && quality.RecallAt5.Value <= quality.RecallAt5.High);
        Assert.IsTrue(quality.RecallAt1.Value <= quality.RecallAt5.Value && quality.RecallAt5.Value <= quality.RecallAt10.Value);
    }

    [TestMethod]
    public void CisaFormToSsdf_AtTaskLevel_PutsATaskFirst()
    {
        // The official mapping names tasks (PO.5.1); ranked at any level, the parent lift put the practice (PO.5) first.
        var any = Measure("cisa-ssdaf@1.0", "nist-ssdf@1.1", RankingParameters.Lexical, ControlLevel.Any);
        var leaf = Measure("cisa-ssdaf@1.0", "nist-ssdf@1.1", RankingParameters.Lexical, ControlLevel.Leaf);

        Assert.AreEqual(0, any.PrecisionAt1.Value);
        Assert.IsGreaterThanOrEqualTo(0.8, leaf.PrecisionAt1.Value);
        Assert.IsGreaterThan(any.RecallAt5.Value, leaf.RecallAt5.Value);
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
