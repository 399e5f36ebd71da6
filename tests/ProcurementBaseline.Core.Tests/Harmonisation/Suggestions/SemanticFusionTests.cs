using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Tests.Harmonisation.Suggestions;

[TestClass]
public sealed class SemanticFusionTests
{
    private static string First(RankingParameters parameters, ITextEmbedder? embedder)
    {
        var space = SuggestionSpace.Build(SuggestionFixture.Source, SuggestionFixture.Target, new WordAnalyzer(), embedder);
        return space.Targets[SuggestionRanker.Rank(space, 0, parameters, ControlLevel.Any, 3)[0].Target].Id;
    }

    [TestMethod]
    public void Bm25Alone_FollowsTheSharedWord_ToTheWrongControl() =>
        Assert.AreEqual("T-2", First(RankingParameters.Lexical with { PriorExponent = 0 }, null));

    [TestMethod]
    public void WithEmbeddings_BothFusions_FindAttackSurfaceAnalysis()
    {
        var embedder = new ConceptEmbedder();

        Assert.AreEqual("T-1", First(new RankingParameters(0, 0.8, 0.65, FusionMethod.Linear), embedder));
        Assert.AreEqual("T-1", First(new RankingParameters(0, 0.8, 0.65, FusionMethod.ReciprocalRank), embedder));
        Assert.AreEqual("T-2", First(new RankingParameters(0, 0.8, 0, FusionMethod.Linear), embedder), "semantic weight 0 is BM25 alone");
    }

    [TestMethod]
    public void Suggestions_CarryTheScoreParts_AndWhy()
    {
        var analyzer = new WordAnalyzer();
        var space = SuggestionSpace.Build(SuggestionFixture.Source, SuggestionFixture.Target, analyzer, new ConceptEmbedder());

        var suggestions = MappingSuggester.Suggest(space, new RankingParameters(0, 0.8, 0.65, FusionMethod.Linear), ControlLevel.Any, 2, analyzer);

        Assert.HasCount(2, suggestions);
        var first = suggestions[0];
        Assert.AreEqual("T-1", first.Target.ControlId);
        Assert.IsGreaterThan(0.9, first.Semantic);
        Assert.AreEqual(0, first.Lexical);
        var second = suggestions[1];
        Assert.AreEqual("T-2", second.Target.ControlId);
        CollectionAssert.Contains(second.MatchedTerms.ToArray(), "threat");
        Assert.AreEqual("Protect the building against the threat of flooding and fire", second.NearestSentence);
        Assert.IsTrue(suggestions.All(s => s.Confidence is "low" or "medium"));
    }

    [TestMethod]
    public void NotRetrievedControls_AreNeitherRankedNorProposed()
    {
        var hidden = SuggestionFixture.Control("S-2", "S-2", "") with { Fidelity = Fidelity.NotRetrieved };
        var source = SuggestionFixture.Source with
        {
            Groups = [SuggestionFixture.Source.Groups[0] with { Controls = [.. SuggestionFixture.Source.Groups[0].Controls, hidden] }],
        };
        var target = SuggestionFixture.Target with
        {
            Groups = [SuggestionFixture.Target.Groups[0] with { Controls = [.. SuggestionFixture.Target.Groups[0].Controls, hidden with { Id = "T-9" }] }],
        };

        var space = SuggestionSpace.Build(source, target, new WordAnalyzer());

        CollectionAssert.AreEqual(new[] { "S-1" }, space.Sources.Select(c => c.Id).ToArray());
        CollectionAssert.AreEqual(new[] { "S-2" }, space.Skipped.Select(c => c.Id).ToArray());
        Assert.IsFalse(space.Targets.Any(c => c.Id == "T-9"));
    }

    [TestMethod]
    public void Level_Top_KeepsParents_LiftedByTheirChildren_AndLeafKeepsChildren()
    {
        var target = SuggestionFixture.Catalog("tgt", new ControlGroup
        {
            Id = "g",
            Title = LocalizedText.Of("G"),
            Controls = [SuggestionFixture.Control("P", "Practice", "Secure development practice.", SuggestionFixture.Control("P.1", "Threat modelling task", "Model threats to the software design."))],
        });
        var space = SuggestionSpace.Build(SuggestionFixture.Source, target, new WordAnalyzer());

        string[] Ids(ControlLevel level) => [.. SuggestionRanker.Rank(space, 0, RankingParameters.Lexical, level, 5).Select(r => space.Targets[r.Target].Id)];

        CollectionAssert.AreEqual(new[] { "P" }, Ids(ControlLevel.Top));
        CollectionAssert.AreEqual(new[] { "P.1" }, Ids(ControlLevel.Leaf));
        CollectionAssert.AreEqual(new[] { "P", "P.1" }, Ids(ControlLevel.Any), "the parent is lifted to 89% of its task's score, above the task's 80%");
    }

    [TestMethod]
    public void Levels_AreInferred_FromWhereReviewedMappingsLand()
    {
        var target = SuggestionFixture.Catalog("tgt", new ControlGroup
        {
            Id = "g",
            Title = LocalizedText.Of("G"),
            Controls =
            [
                SuggestionFixture.Control("P", "P", "p", SuggestionFixture.Control("P.1", "P.1", "a"), SuggestionFixture.Control("P.2", "P.2", "b")),
                SuggestionFixture.Control("Q", "Q", "q", SuggestionFixture.Control("Q.1", "Q.1", "c")),
            ],
        });
        IndexedControl Find(string id) => target.Find(id)!;

        Assert.AreEqual(ControlLevel.Leaf, ControlLevels.Infer([Find("P.1"), Find("P.2"), Find("Q.1")]));
        Assert.AreEqual(ControlLevel.Top, ControlLevels.Infer([Find("P"), Find("Q")]));
        Assert.AreEqual(ControlLevel.Any, ControlLevels.Infer([Find("P"), Find("Q.1")]));
        Assert.AreEqual(ControlLevel.Any, ControlLevels.Infer([]));
    }

    [TestMethod]
    public void PointerControls_AreMatchedOnTheirParentsTitle()
    {
        var pointer = SuggestionFixture.Control("14.2.4.1", "Refers to ISO/IEC 27002:2013: the 1st sentence", "14.2.4.1 corresponds to the 1st sentence of 14.2.4 in ISO/IEC 27002:2013.");
        var catalog = SuggestionFixture.Catalog("ismap", new ControlGroup
        {
            Id = "14",
            Title = LocalizedText.Of("System acquisition"),
            Controls = [SuggestionFixture.Control("14.2.4", "Restrictions on changes to software packages", "14.2.4 corresponds to the part of 14.2.4 Control in ISO/IEC 27002:2013.", pointer)],
        });

        StringAssert.Contains(ControlDocument.Text(catalog.Find("14.2.4.1")!), "Restrictions on changes to software packages");
        StringAssert.Contains(ControlDocument.SemanticText(catalog.Find("14.2.4.1")!), "Restrictions on changes to software packages");
    }
}
