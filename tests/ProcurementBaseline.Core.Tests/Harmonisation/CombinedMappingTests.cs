using ProcurementBaseline.Attestations;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using static ProcurementBaseline.Harmonisation.Relationship;
using static ProcurementBaseline.Tests.Harmonisation.GraphFixture;

namespace ProcurementBaseline.Tests.Harmonisation;

/// <summary>
/// Combined mappings (harmonisation.md §3a) through both engines: the compiled plan the evaluator uses and the forward
/// search <c>map explain</c> uses. Catalog s holds the sources, t the required controls.
/// </summary>
[TestClass]
public sealed class CombinedMappingTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    private static GraphFixture Fixture(params Mapping[] mappings) => new GraphFixture()
        .Catalog("s", "s1", "s2", "s3", "s4", "s5")
        .Catalog("t", "t1", "t2", "t3")
        .Crosswalk("s@1", "t@1", mappings);

    private static BaselineEvaluation Evaluate(GraphFixture fixture, params Claim[] claims) =>
        GraphFixture.Evaluate(fixture.Plan("t@1", "t1", "t2", "t3"), AsOf, claims);

    private static Claim Planned(string id) => new()
    {
        Control = Key(id),
        Status = ClaimStatus.Planned,
        Poam = [new Milestone("m", AsOf.AddDays(40))],
    };

    private static Finding Finding(BaselineEvaluation evaluation, string id) => evaluation.Findings.Single(f => f.Control.ControlId == id);

    private static Claim Implemented(string id) => GraphFixture.Implemented(id);

    /// <summary>s1 + s2 together ⊇ t1, where s2 is also reached from r1 by equal-to of the given strength.</summary>
    private static GraphFixture MemberThroughAnotherMapping(int strength) => new GraphFixture()
        .Catalog("r", "r1")
        .Catalog("s", "s1", "s2")
        .Catalog("t", "t1", "t2", "t3")
        .Crosswalk("r@1", "s@1", Map("r1", EqualTo, "s2", strength: strength))
        .Crosswalk("s@1", "t@1", Joint(["s1", "s2"], SupersetOf, "t1"));

    private static InferredCoverage? Forward(GraphFixture fixture, string target, params string[] claimed) =>
        new CoverageInference(fixture.Graph(), MappingPolicy.Default).Explain(claimed.Select(c => new SatisfiedControl(Key(c))), Key(target));

    [TestMethod]
    public void EveryMemberImplemented_CoversInFull_WithTheWholeTree()
    {
        var fixture = Fixture(Joint(["s1", "s2", "s3"], SupersetOf, "t1", strength: 7));

        var finding = Finding(Evaluate(fixture, Implemented("s@1#s1"), Implemented("s@1#s2"), Implemented("s@1#s3")), "t1");

        Assert.AreEqual(FindingKind.MetViaMapping, finding.Kind);
        Assert.IsNull(finding.Path, "a combined mapping is not a path");
        Assert.IsNotNull(finding.Derivation);
        Assert.AreEqual(3, finding.Derivation.From.Length, "one branch per member");
        CollectionAssert.AreEqual(new[] { "s@1#s1", "s@1#s2", "s@1#s3" }, finding.Derivation.Claims.Select(c => c.ToString()).ToArray());
        Assert.AreEqual(7, finding.Derivation.Strength);
        StringAssert.Contains(finding.Reason, "s1 + s2 + s3 together superset-of t1");
        Assert.AreEqual(CoverageLevel.Full, Forward(fixture, "t@1#t1", "s@1#s1", "s@1#s2", "s@1#s3")!.Level);
    }

    [TestMethod]
    public void SomeMembers_CoverInPart_AndTheResidualNamesTheMissingOnes()
    {
        var fixture = Fixture(Joint(["s1", "s2", "s3"], EquivalentTo, "t1"));

        var finding = Finding(Evaluate(fixture, Implemented("s@1#s1")), "t1");

        Assert.AreEqual(FindingKind.PartiallyMet, finding.Kind);
        StringAssert.Contains(finding.Residual, "s2, s3");
        CollectionAssert.AreEqual(new[] { "s@1#s2", "s@1#s3" }, finding.Derivation!.MissingMembers.Select(c => c.ToString()).ToArray());
        var forward = Forward(fixture, "t@1#t1", "s@1#s1");
        Assert.AreEqual(CoverageLevel.Partial, forward!.Level);
        Assert.AreEqual(2, forward.Derivation.MissingMembers.Count());
    }

    [TestMethod]
    public void AMemberCoveredThroughAnotherMapping_Counts()
    {
        var fixture = MemberThroughAnotherMapping(strength: 6);

        var finding = Finding(Evaluate(fixture, Implemented("s@1#s1"), Implemented("r@1#r1")), "t1");

        Assert.AreEqual(FindingKind.MetViaMapping, finding.Kind);
        Assert.AreEqual(6, finding.Derivation!.Strength, "the weakest edge of the tree");
        Assert.AreEqual(2, finding.Derivation.Hops, "the longest branch");
        CollectionAssert.AreEqual(new[] { "r@1#r1", "s@1#s1" }, finding.Derivation.Claims.Select(c => c.ToString()).ToArray());
        Assert.AreEqual(CoverageLevel.Full, Forward(fixture, "t@1#t1", "s@1#s1", "r@1#r1")!.Level);
    }

    [TestMethod]
    public void AMemberReachedOnlyBelowTheStrengthFloor_IsMissing()
    {
        var fixture = MemberThroughAnotherMapping(strength: 4);

        var finding = Finding(Evaluate(fixture, Implemented("s@1#s1"), Implemented("r@1#r1")), "t1");

        Assert.AreEqual(FindingKind.PartiallyMet, finding.Kind);
        CollectionAssert.AreEqual(new[] { "s@1#s2" }, finding.Derivation!.MissingMembers.Select(c => c.ToString()).ToArray());
    }

    [TestMethod]
    public void CombinedSubsetOrIntersects_CoversInPartAtMost()
    {
        var fixture = Fixture(Joint(["s1", "s2"], SubsetOf, "t1"), Joint(["s3", "s4"], IntersectsWith, "t2"));

        var result = Evaluate(fixture, Implemented("s@1#s1"), Implemented("s@1#s2"), Implemented("s@1#s3"), Implemented("s@1#s4"));

        Assert.AreEqual(FindingKind.PartiallyMet, Finding(result, "t1").Kind);
        Assert.AreEqual(FindingKind.PartiallyMet, Finding(result, "t2").Kind);
    }

    [TestMethod]
    public void PlannedMembers_MakeTheTargetPlanned_DueWithTheLast()
    {
        var fixture = Fixture(Joint(["s1", "s2"], SupersetOf, "t1"));

        var some = Finding(Evaluate(fixture, Implemented("s@1#s1"), Planned("s@1#s2")), "t1");
        var all = Finding(Evaluate(fixture, Planned("s@1#s1"), Planned("s@1#s2")), "t1");

        Assert.AreEqual(FindingKind.PartiallyMet, some.Kind, "covered in part now");
        Assert.IsTrue(some.RemainderPlanned, "and the rest is planned");
        Assert.AreEqual(AsOf.AddDays(40), some.Due);
        Assert.AreEqual(FindingKind.Planned, all.Kind);
        Assert.AreEqual(AsOf.AddDays(40), all.Due);
    }

    [TestMethod]
    public void TheConverseOfACombinedMapping_IsNotSplit()
    {
        var fixture = new GraphFixture()
            .Catalog("s", "s1", "s2")
            .Catalog("t", "t1")
            .Crosswalk("s@1", "t@1", Joint(["s1", "s2"], EqualTo, "t1"));

        Assert.IsNull(Forward(fixture, "s@1#s1", "t@1#t1"), "t1 ⊇ s1 ∪ s2 is not read as t1 ⊇ s1 unless stated");
    }

    [TestMethod]
    public void ACycleThroughCombinedMappings_IsReported_AndInferenceEnds()
    {
        var fixture = new GraphFixture()
            .Catalog("s", "s1", "s2", "s3", "s4")
            .Crosswalk("s@1", "s@1", Joint(["s1", "s2"], SupersetOf, "s3", line: 3), Joint(["s3", "s4"], SupersetOf, "s1", line: 9));
        var graph = fixture.Graph();
        var diagnostics = new DiagnosticBag();

        MappingConsistency.Check(graph, diagnostics);

        var cycle = diagnostics.ToImmutableSorted().Single(d => d.Descriptor == DiagnosticCodes.CombinedCycle);
        StringAssert.Contains(cycle.Message, "s@1#s1, s@1#s3");
        Assert.AreEqual(CoverageLevel.Full, Forward(fixture, "s@1#s1", "s@1#s2", "s@1#s4", "s@1#s3")?.Level ?? CoverageLevel.Full);
        Assert.AreEqual(CoverageLevel.Full, Forward(fixture, "s@1#s3", "s@1#s1", "s@1#s2")!.Level);
        Assert.AreEqual(CoverageLevel.Partial, Forward(fixture, "s@1#s1", "s@1#s4")!.Level, "s3 is only partly covered, so s1 is covered in part through s4 alone");
    }

    [TestMethod]
    public void TheHopCap_AppliesToEachBranch()
    {
        // s1 reaches the member m4 in four pairwise hops; with the combined mapping that branch would be five.
        var fixture = new GraphFixture()
            .Catalog("a", "a1").Catalog("b", "b1").Catalog("c", "c1").Catalog("m", "m1", "m2", "m4")
            .Catalog("t", "t1", "t2", "t3")
            .Crosswalk("a@1", "b@1", Map("a1", EqualTo, "b1"))
            .Crosswalk("b@1", "c@1", Map("b1", EqualTo, "c1"))
            .Crosswalk("c@1", "m@1", Map("c1", EqualTo, "m2"), Map("c1", EqualTo, "m4"))
            .Crosswalk("m@1", "t@1", Joint(["m1", "m4"], SupersetOf, "t1"));

        var finding = Finding(Evaluate(fixture, Implemented("m@1#m1"), Implemented("a@1#a1")), "t1");

        Assert.AreEqual(FindingKind.MetViaMapping, finding.Kind, "a1 → b1 → c1 → m4 is three hops, then the combined mapping is the fourth");
        Assert.AreEqual(4, finding.Derivation!.Hops);
    }

    [TestMethod]
    public void MembersUnknownWithdrawnOrOfAnotherCatalog_AreCodedDiagnostics()
    {
        var fixture = new GraphFixture()
            .Catalog("s", "s1", "s2", "s9!")
            .Catalog("t", "t1", "t2")
            .Crosswalk("s@1", "t@1", Joint(["s1", "t2"], SupersetOf, "t1", line: 4), Joint(["s1", "s7"], SupersetOf, "t1", line: 6), Joint(["s1", "s9"], SupersetOf, "t2", line: 8));
        var diagnostics = new DiagnosticBag();

        CrosswalkChecks.Check(fixture.Crosswalks[0], fixture.Library, diagnostics, "x.yaml");

        var found = diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Location.Line)).ToList();
        CollectionAssert.AreEqual(new[] { ("PB1310", 4), ("PB1302", 6), ("PB1305", 8) }, found);
        Assert.IsEmpty(fixture.Graph().CombinedEdges.Where(e => e.Members.Any(m => m.ControlId is "t2" or "s7")), "a combined mapping with an unknown member is left out whole");
    }
}
