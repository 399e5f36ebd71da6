using ProcurementBaseline.Harmonisation;
using static ProcurementBaseline.Harmonisation.Relationship;
using static ProcurementBaseline.Tests.Harmonisation.GraphFixture;

namespace ProcurementBaseline.Tests.Harmonisation;

[TestClass]
public sealed class CoverageInferenceTests
{
    /// <summary>
    /// a1 = b1 (8); b1 ⊃ c1 (6); c1 ∩ d1 (5); a1 ∩ b2 (9); b2 ⊂ d1 (7); d1 ∩ e1 (9).
    /// </summary>
    private static GraphFixture Fixture() => new GraphFixture()
        .Catalog("a", "a1", "a2").Catalog("b", "b1", "b2").Catalog("c", "c1").Catalog("d", "d1").Catalog("e", "e1")
        .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1", 8), Map("a1", IntersectsWith, "b2", 9))
        .Crosswalk("b@1", "c@1", Map("b1", SupersetOf, "c1", 6))
        .Crosswalk("c@1", "d@1", Map("c1", IntersectsWith, "d1", 5))
        .Crosswalk("b@1", "d@1", Map("b2", SubsetOf, "d1", 7))
        .Crosswalk("d@1", "e@1", Map("d1", IntersectsWith, "e1", 9));

    private static System.Collections.Immutable.ImmutableSortedDictionary<ControlKey, InferredCoverage> Infer(GraphFixture fixture, MappingPolicy? policy = null, params string[] satisfied) =>
        new CoverageInference(fixture.Graph(), policy ?? MappingPolicy.Default).Infer(satisfied.Select(s => new SatisfiedControl(Key(s))));

    [TestMethod]
    public void FullCoverage_FollowsSupersetChains_WithTheWeakestEdgeAsStrength()
    {
        var result = Infer(Fixture(), null, "a@1#a1");

        var c1 = result[Key("c@1#c1")];
        Assert.AreEqual(CoverageLevel.Full, c1.Level);
        Assert.AreEqual(6, c1.Strength);
        CollectionAssert.AreEqual(new[] { "b@1#b1", "c@1#c1" }, c1.Path!.Edges.Select(e => e.To.ToString()).ToArray());
        Assert.AreEqual(CoverageLevel.Full, result[Key("b@1#b1")].Level);
    }

    [TestMethod]
    public void BestPath_PrefersTheStrongerPartialPath()
    {
        var d1 = Infer(Fixture(), null, "a@1#a1")[Key("d@1#d1")];

        Assert.AreEqual(CoverageLevel.Partial, d1.Level);
        Assert.AreEqual(7, d1.Strength, "a1 ∩ b2 (9) then b2 ⊂ d1 (7) beats a1 = b1 ⊃ c1 ∩ d1 (5)");
        CollectionAssert.AreEqual(new[] { IntersectsWith, SubsetOf }, d1.Path!.Edges.Select(e => e.Relationship).ToArray());
    }

    [TestMethod]
    public void ValleyFree_NoSecondCrossing()
    {
        var result = Infer(Fixture(), null, "a@1#a1");

        Assert.IsFalse(result.ContainsKey(Key("e@1#e1")), "d1 ∩ e1 after a crossing proves nothing");
        Assert.IsTrue(Infer(Fixture(), null, "d@1#d1").ContainsKey(Key("e@1#e1")));
    }

    [TestMethod]
    public void Converses_AreDerived()
    {
        var result = Infer(Fixture(), null, "c@1#c1");

        Assert.AreEqual(CoverageLevel.Partial, result[Key("b@1#b1")].Level, "c1 ⊂ b1 is the converse of b1 ⊃ c1");
        Assert.IsTrue(result[Key("b@1#b1")].Path!.Edges[0].IsConverse);
        Assert.IsFalse(result.ContainsKey(Key("a@1#a1")), "⊆ then ⊇ (b1 = a1) proves nothing");
    }

    [TestMethod]
    public void FullBeatsPartial_EvenWhenWeaker()
    {
        var fixture = new GraphFixture().Catalog("a", "a1").Catalog("b", "b1").Catalog("c", "c1")
            .Crosswalk("a@1", "b@1", Map("a1", IntersectsWith, "b1", 10))
            .Crosswalk("a@1", "c@1", Map("a1", EquivalentTo, "c1", 5))
            .Crosswalk("c@1", "b@1", Map("c1", SupersetOf, "b1", 5));

        var b1 = Infer(fixture, null, "a@1#a1")[Key("b@1#b1")];

        Assert.AreEqual(CoverageLevel.Full, b1.Level);
        Assert.AreEqual(2, b1.Path!.Hops);
    }

    [TestMethod]
    public void Policy_LeavesOutSuggestedAndWeakMappings()
    {
        var fixture = new GraphFixture().Catalog("a", "a1", "a2").Catalog("b", "b1", "b2")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1", 9, Provenance.Suggested), Map("a2", EqualTo, "b2", 4));

        Assert.IsEmpty(Infer(fixture, null, "a@1#a1", "a@1#a2"));
        var lenient = MappingPolicy.Default with { Provenances = [Provenance.Reviewed, Provenance.Suggested], MinimumStrength = 0 };
        Assert.HasCount(2, Infer(fixture, lenient, "a@1#a1", "a@1#a2"));
    }

    [TestMethod]
    public void HopCap_StopsAtFourEdges()
    {
        var fixture = new GraphFixture().Catalog("a", "a1").Catalog("b", "b1").Catalog("c", "c1").Catalog("d", "d1").Catalog("e", "e1").Catalog("f", "f1")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1"))
            .Crosswalk("b@1", "c@1", Map("b1", EqualTo, "c1"))
            .Crosswalk("c@1", "d@1", Map("c1", EqualTo, "d1"))
            .Crosswalk("d@1", "e@1", Map("d1", EqualTo, "e1"))
            .Crosswalk("e@1", "f@1", Map("e1", EqualTo, "f1"));

        var result = Infer(fixture, null, "a@1#a1");

        Assert.AreEqual(4, result[Key("e@1#e1")].Path!.Hops);
        Assert.IsFalse(result.ContainsKey(Key("f@1#f1")));
    }

    [TestMethod]
    public void PartialClaim_CoversAtMostInPart()
    {
        var inference = new CoverageInference(Fixture().Graph(), MappingPolicy.Default);

        var result = inference.Infer([new SatisfiedControl(Key("a@1#a1"), PartialOnly: true)]);

        Assert.AreEqual(CoverageLevel.Partial, result[Key("b@1#b1")].Level);
        Assert.AreEqual(CoverageLevel.Partial, result[Key("c@1#c1")].Level);
    }

    [TestMethod]
    public void NoRelationship_NeverPropagates()
    {
        var fixture = new GraphFixture().Catalog("a", "a1").Catalog("b", "b1")
            .Crosswalk("a@1", "b@1", Map("a1", NoRelationship, "b1"));

        Assert.IsEmpty(Infer(fixture, null, "a@1#a1"));
    }

    [TestMethod]
    public void SatisfiedTargets_AreNotReportedAsInferred()
    {
        var result = Infer(Fixture(), null, "a@1#a1", "b@1#b1");

        Assert.IsFalse(result.ContainsKey(Key("b@1#b1")));
        Assert.IsFalse(result.ContainsKey(Key("a@1#a1")));
    }

    [TestMethod]
    public void Clusters_JoinEqualAndEquivalentOnly()
    {
        var fixture = new GraphFixture().Catalog("a", "a1").Catalog("b", "b1").Catalog("c", "c1").Catalog("d", "d1")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1"))
            .Crosswalk("b@1", "c@1", Map("b1", EquivalentTo, "c1"))
            .Crosswalk("c@1", "d@1", Map("c1", SupersetOf, "d1"));

        var clusters = EquivalenceClusters.Build(fixture.Graph(), MappingPolicy.Default);

        Assert.HasCount(1, clusters);
        CollectionAssert.AreEqual(new[] { "a@1#a1", "b@1#b1", "c@1#c1" }, clusters[0].Members.Select(m => m.ToString()).ToArray());
    }
}
