using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using static ProcurementBaseline.Harmonisation.Relationship;
using static ProcurementBaseline.Tests.Harmonisation.GraphFixture;

namespace ProcurementBaseline.Tests.Harmonisation;

/// <summary>Each consistency and crosswalk check, with a fixture that fails it and one that passes.</summary>
[TestClass]
public sealed class MappingConsistencyTests
{
    private static string[] Codes(GraphFixture fixture)
    {
        var bag = new DiagnosticBag();
        foreach (var crosswalk in fixture.Crosswalks)
        {
            CrosswalkChecks.Check(crosswalk, fixture.Library, bag, "x.yaml");
        }

        MappingConsistency.Check(fixture.Graph(), bag);
        return [.. bag.ToImmutableSorted().Select(d => d.Descriptor.Code)];
    }

    [TestMethod]
    public void CleanGraph_HasNoDiagnostics() =>
        Assert.IsEmpty(Codes(new GraphFixture().Catalog("a", "a1", "a2").Catalog("b", "b1")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1"), Map("a2", SubsetOf, "b1"))));

    [TestMethod]
    public void EqualToChainWithinOneCatalog_PB1401()
    {
        var codes = Codes(new GraphFixture().Catalog("a", "a1", "a2").Catalog("b", "b1")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1", line: 1), Map("a2", EquivalentTo, "b1", line: 2)));

        CollectionAssert.AreEqual(new[] { "PB1401" }, codes);
    }

    [TestMethod]
    public void MutualSubsetsWithoutEquality_PB1402()
    {
        var codes = Codes(new GraphFixture().Catalog("a", "a1").Catalog("b", "b1")
            .Crosswalk("a@1", "b@1", Map("a1", SubsetOf, "b1"))
            .Crosswalk("b@1", "a@1", Map("b1", SubsetOf, "a1")));

        CollectionAssert.AreEqual(new[] { "PB1402" }, codes);
    }

    [TestMethod]
    public void SubsetCycle_PB1403()
    {
        var codes = Codes(new GraphFixture().Catalog("a", "a1").Catalog("b", "b1").Catalog("c", "c1")
            .Crosswalk("a@1", "b@1", Map("a1", SubsetOf, "b1"))
            .Crosswalk("b@1", "c@1", Map("b1", SubsetOf, "c1"))
            .Crosswalk("c@1", "a@1", Map("c1", SubsetOf, "a1")));

        CollectionAssert.AreEqual(new[] { "PB1403" }, codes);
    }

    [TestMethod]
    public void DanglingAfterAFinalVersionChange_PB1404_ButNotForADraft()
    {
        var final = new GraphFixture().Catalog("a", "1", CatalogStatus.Final, "a1", "a2").Catalog("a", "2", CatalogStatus.Final, "a1", "a2!").Catalog("b", "b1", "b2")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1"), Map("a2", EqualTo, "b2"));
        var draft = new GraphFixture().Catalog("a", "1", CatalogStatus.Final, "a1", "a2").Catalog("a", "2-ipd", CatalogStatus.Draft, "a1").Catalog("b", "b1", "b2")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1"), Map("a2", EqualTo, "b2"));

        CollectionAssert.AreEqual(new[] { "PB1404" }, Codes(final));
        Assert.IsEmpty(Codes(draft));
    }

    [TestMethod]
    public void PB1404_UnderstandsVersionCrosswalks_AndTheRenamesTheyRecord()
    {
        // a2 is gone from a@2 (renamed a9 with the same text); a3 is withdrawn. The version crosswalk a@1 → a@2 says so.
        var fixture = new GraphFixture().Catalog("a", "1", CatalogStatus.Final, "a1", "a2", "a3").Catalog("a", "2", CatalogStatus.Final, "a1", "a9", "a3!").Catalog("b", "b1", "b2", "b3")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1"), Map("a2", EqualTo, "b2", line: 2), Map("a3", EqualTo, "b3", line: 3))
            .Crosswalk("a@1", "a@2", Map("a1", EqualTo, "a1", provenance: Provenance.Derived), Map("a2", EqualTo, "a9", provenance: Provenance.Derived), Map("a3", SubsetOf, "x", provenance: Provenance.Suggested));
        var diagnostics = new DiagnosticBag();

        MappingConsistency.Check(fixture.Graph(), diagnostics);

        var dangling = diagnostics.ToImmutableSorted().Where(d => d.Code == "PB1404").ToList();
        StringAssert.StartsWith(dangling.Single().Message, "'a3' is mapped in a@1--b@1", "the renamed a2 is carried by the version crosswalk; only the withdrawn a3 dangles, and the version crosswalk itself is not reported");
    }

    [TestMethod]
    public void UnknownCatalogVersion_PB1301()
    {
        var codes = Codes(new GraphFixture().Catalog("a", "a1").Crosswalk("a@1", "b@9", Map("a1", EqualTo, "b1")));

        CollectionAssert.AreEqual(new[] { "PB1301" }, codes);
    }

    [TestMethod]
    public void UnknownControl_PB1302()
    {
        var codes = Codes(new GraphFixture().Catalog("a", "a1").Catalog("b", "b1").Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b9")));

        CollectionAssert.AreEqual(new[] { "PB1302" }, codes);
    }

    [TestMethod]
    public void SelfMapping_PB1303()
    {
        var codes = Codes(new GraphFixture().Catalog("a", "a1").Crosswalk("a@1", "a@1", Map("a1", EqualTo, "a1")));

        CollectionAssert.AreEqual(new[] { "PB1303" }, codes);
    }

    [TestMethod]
    public void ContradictoryDuplicate_PB1304_AndPlainDuplicate_PB1306()
    {
        var contradictory = Codes(new GraphFixture().Catalog("a", "a1").Catalog("b", "b1")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1", line: 1), Map("a1", NoRelationship, "b1", line: 2)));
        var duplicate = Codes(new GraphFixture().Catalog("a", "a1").Catalog("b", "b1")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1", line: 1), Map("a1", EquivalentTo, "b1", line: 2)));

        CollectionAssert.Contains(contradictory, "PB1304");
        CollectionAssert.AreEqual(new[] { "PB1306" }, duplicate);
    }

    [TestMethod]
    public void MappingToWithdrawnControl_PB1305()
    {
        var codes = Codes(new GraphFixture().Catalog("a", "a1").Catalog("b", "b1!").Crosswalk("a@1", "b@1", Map("a1", IntersectsWith, "b1")));

        CollectionAssert.AreEqual(new[] { "PB1305" }, codes);
    }
}
