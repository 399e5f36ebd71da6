using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Tests.Harmonisation.Suggestions;

[TestClass]
public sealed class SuggestionQualityMeasureTests
{
    private static readonly SourceOutcome[] Outcomes = [new(2, [1]), new(1, []), new(3, [2, 7])];

    [TestMethod]
    public void Figures_CountPairsForRecall_AndSourcesForPrecisionAndMrr()
    {
        var quality = SuggestionQuality.Measure(Outcomes);

        Assert.AreEqual(6, quality.Pairs);
        Assert.AreEqual(3, quality.Sources);
        Assert.AreEqual(1 / 6.0, quality.RecallAt1.Value, 1e-9);
        Assert.AreEqual(2 / 6.0, quality.RecallAt5.Value, 1e-9);
        Assert.AreEqual(3 / 6.0, quality.RecallAt10.Value, 1e-9);
        Assert.AreEqual(1 / 3.0, quality.PrecisionAt1.Value, 1e-9);
        Assert.AreEqual((1 + 0 + 0.5) / 3, quality.MeanReciprocalRank.Value, 1e-9);
    }

    [TestMethod]
    public void Intervals_HoldTheFigure_AndRepeat()
    {
        var first = SuggestionQuality.Measure(Outcomes);
        var again = SuggestionQuality.Measure(Outcomes);

        Assert.AreEqual(first, again);
        foreach (var e in new[] { first.RecallAt1, first.RecallAt5, first.RecallAt10, first.PrecisionAt1, first.MeanReciprocalRank })
        {
            Assert.IsTrue(e.Low <= e.Value && e.Value <= e.High, $"{e}");
        }

        Assert.IsLessThan(first.RecallAt5.High, first.RecallAt5.Low, "three sources leave a wide interval");
    }

    [TestMethod]
    public void LeaveOneOut_FitsOnTheOtherCasesOnly()
    {
        var analyzer = new WordAnalyzer();
        var embedder = new ConceptEmbedder();
        var space = SuggestionSpace.Build(SuggestionFixture.Source, SuggestionFixture.Target, analyzer, embedder);
        var wantsSemantic = new CalibrationCase("semantic", space, new[] { ("S-1", "T-1") }.ToLookup(p => p.Item1, p => p.Item2), ControlLevel.Any);
        var wantsWords = new CalibrationCase("words", space, new[] { ("S-1", "T-2") }.ToLookup(p => p.Item1, p => p.Item2), ControlLevel.Any);
        var table = SuggestionCalibration.Table([wantsSemantic, wantsWords]);

        Assert.IsGreaterThan(0, table.InSample(wantsSemantic).SemanticWeight);
        Assert.AreEqual(table.InSample(wantsWords), table.LeaveOneOut(wantsSemantic));
        Assert.AreEqual(table.InSample(wantsSemantic), table.LeaveOneOut(wantsWords));
    }

    [TestMethod]
    public void Weights_AreFittedOnCrosswalksIntoTheSameTarget_ElseOnAll()
    {
        var analyzer = new WordAnalyzer();
        var embedder = new ConceptEmbedder();
        var otherTarget = SuggestionFixture.Target with { Id = "tgt2" };
        var space = SuggestionSpace.Build(SuggestionFixture.Source, SuggestionFixture.Target, analyzer, embedder);
        var otherSpace = SuggestionSpace.Build(SuggestionFixture.Source, otherTarget, analyzer, embedder);
        static ILookup<string, string> Gold(params string[] targets) => targets.ToLookup(_ => "S-1");
        var wantsSemantic = new CalibrationCase("semantic", space, Gold("T-1"), ControlLevel.Any);
        var alsoSemantic = new CalibrationCase("semantic again", space, Gold("T-1"), ControlLevel.Any);
        var wantsWords = new CalibrationCase("words elsewhere", otherSpace, Gold("T-2", "T-3"), ControlLevel.Any);
        var table = SuggestionCalibration.Table([wantsSemantic, alsoSemantic, wantsWords]);

        Assert.AreNotEqual(table.InSample(wantsSemantic), table.InSample(wantsWords));
        Assert.AreEqual(table.InSample(wantsSemantic), table.For(SuggestionFixture.Target.Ref));
        Assert.AreEqual(table.InSample(wantsWords), table.For(otherTarget.Ref));
        Assert.AreEqual(table.InSample(alsoSemantic), table.LeaveOneOut(wantsSemantic), "the other crosswalk into the same catalog");
        Assert.AreEqual(SuggestionCalibration.Table([wantsSemantic, wantsWords]).InSample(wantsWords),
            SuggestionCalibration.Table([wantsSemantic, wantsWords]).LeaveOneOut(wantsSemantic), "no other crosswalk into it: all the rest");
    }
}
