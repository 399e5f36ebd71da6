using System.Text.RegularExpressions;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Tests.Harmonisation;

[TestClass]
public sealed partial class RelationshipsTests
{
    private static readonly Relationship[] All = Enum.GetValues<Relationship>();

    public static IEnumerable<object[]> Pairs => All.SelectMany(a => All.Select(b => new object[] { new[] { a, b } }));

    public static IEnumerable<object[]> Triples => All.SelectMany(a => All.SelectMany(b => All.Select(c => new object[] { new[] { a, b, c } })));

    [TestMethod]
    public void Converse_IsAnInvolution_AndSwapsOnlySubsetAndSuperset()
    {
        foreach (var r in All)
        {
            Assert.AreEqual(r, Relationships.Converse(Relationships.Converse(r)));
        }

        Assert.AreEqual(Relationship.SupersetOf, Relationships.Converse(Relationship.SubsetOf));
        Assert.AreEqual(Relationship.IntersectsWith, Relationships.Converse(Relationship.IntersectsWith));
        Assert.AreEqual(Relationship.NoRelationship, Relationships.Converse(Relationship.NoRelationship));
    }

    [TestMethod]
    [DynamicData(nameof(Pairs))]
    public void Compose_EveryPair_MatchesTheValleyFreeRule(Relationship[] path) => AssertMatchesOracle(path);

    [TestMethod]
    [DynamicData(nameof(Triples))]
    public void Compose_EveryTriple_MatchesTheValleyFreeRule(Relationship[] path) => AssertMatchesOracle(path);

    [TestMethod]
    public void Compose_TheDesignPagesExamples()
    {
        Assert.AreEqual(CoverageLevel.Full, Relationships.Compose([Relationship.EqualTo, Relationship.SupersetOf, Relationship.EquivalentTo]));
        Assert.AreEqual(CoverageLevel.Partial, Relationships.Compose([Relationship.SupersetOf, Relationship.SubsetOf]), "S ⊇ M ⊆ T gives S ∩ T ⊇ M");
        Assert.AreEqual(CoverageLevel.Partial, Relationships.Compose([Relationship.EqualTo, Relationship.IntersectsWith, Relationship.SubsetOf]));
        Assert.IsNull(Relationships.Compose([Relationship.SubsetOf, Relationship.SupersetOf]), "⊆ then ⊇ proves nothing");
        Assert.IsNull(Relationships.Compose([Relationship.IntersectsWith, Relationship.IntersectsWith]), "∩ then ∩ proves nothing");
        Assert.IsNull(Relationships.Compose([Relationship.IntersectsWith, Relationship.SupersetOf]));
        Assert.IsNull(Relationships.Compose([Relationship.NoRelationship]));
    }

    /// <summary>
    /// An oracle written independently of the automaton: spell the path with D (⊇), A (∩), U (⊆) and N (none),
    /// then full is D+ and partial is D*(A|U)U*.
    /// </summary>
    private static void AssertMatchesOracle(Relationship[] path)
    {
        var word = string.Concat(path.Select(r => r switch
        {
            Relationship.EqualTo or Relationship.EquivalentTo or Relationship.SupersetOf => 'D',
            Relationship.IntersectsWith => 'A',
            Relationship.SubsetOf => 'U',
            _ => 'N',
        }));
        CoverageLevel? expected = FullPath().IsMatch(word) ? CoverageLevel.Full : PartialPath().IsMatch(word) ? CoverageLevel.Partial : null;
        Assert.AreEqual(expected, Relationships.Compose(path), word);
    }

    [GeneratedRegex("^D+$")]
    private static partial Regex FullPath();

    [GeneratedRegex("^D*[AU]U*$")]
    private static partial Regex PartialPath();
}
