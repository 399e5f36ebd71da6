using ProcurementBaseline.Attestations;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Tests.Harmonisation;
using static ProcurementBaseline.Harmonisation.Relationship;
using static ProcurementBaseline.Tests.Harmonisation.GraphFixture;

namespace ProcurementBaseline.Tests.Evaluation;

/// <summary>
/// A finding names its cause: the source claim and the evidence that stopped coverage through a mapping, and
/// mappings the baseline does not count, shown as context and never counted (issue 12, item 16).
/// </summary>
[TestClass]
public sealed class ExplanationTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    private static readonly GraphFixture Fixture = new GraphFixture()
        .Catalog("s", "s1", "s2", "s3", "s4")
        .Catalog("t", "t1", "t2", "t3")
        .Crosswalk("s@1", "t@1",
            Map("s1", SupersetOf, "t1"),
            Map("s2", NoRelationship, "t1"),
            Map("s3", SupersetOf, "t2", strength: 4),
            Map("s4", EquivalentTo, "t3", provenance: Provenance.Suggested));

    private static BaselineEvaluation Evaluate(params Claim[] claims) => GraphFixture.Evaluate(Fixture.Plan("t@1", "t1", "t2", "t3"), AsOf, claims);

    private static Claim Implemented(string key, DateOnly expires) => GraphFixture.Implemented(key, expires);

    private static Finding Finding(BaselineEvaluation evaluation, string id) => evaluation.Findings.Single(f => f.Control.ControlId == id);

    [TestMethod]
    public void ExpiredEvidenceOnTheSource_IsNamedInTheTargetsReason()
    {
        var result = Evaluate(Implemented("s@1#s1", expires: new DateOnly(2026, 10, 1)));

        var t1 = Finding(result, "t1");
        Assert.AreEqual(FindingKind.NoClaim, t1.Kind);
        StringAssert.Contains(t1.Reason, "The claim on s@1#s1, which would cover it (s1 superset-of t1");
        StringAssert.Contains(t1.Reason, "evidence 'Evidence' expired on 2026-10-01");
        Assert.AreEqual(Key("s@1#s1"), t1.BlockedBy!.Claim.Control);
        Assert.AreEqual(DiagnosticCodes.EvidenceExpired, t1.BlockedBy.EvidenceIssues.Single().Code);
    }

    [TestMethod]
    public void InDateEvidence_CoversTheTarget_AndNamesNoBlocker()
    {
        var result = Evaluate(Implemented("s@1#s1", expires: new DateOnly(2027, 10, 1)));

        var t1 = Finding(result, "t1");
        Assert.AreEqual(FindingKind.MetViaMapping, t1.Kind);
        Assert.IsNull(t1.BlockedBy);
    }

    [TestMethod]
    public void MappingBelowTheStrengthFloor_IsContext_AndNeverCounts()
    {
        var result = Evaluate(Implemented("s@1#s3", expires: new DateOnly(2027, 10, 1)));

        var t2 = Finding(result, "t2");
        Assert.AreEqual(FindingKind.NoClaim, t2.Kind, "a strength-4 mapping does not count under a floor of 5");
        StringAssert.Contains(t2.Reason, "Not counted: s3 superset-of t2 (reviewed, strength 4): strength 4 is below the floor 5.");
        Assert.AreEqual(Key("s@1#s3"), t2.NotCounted.Single().Source);
        Assert.AreEqual(Verdict.Fail, result.Verdict);
    }

    [TestMethod]
    public void MappingOfAProvenanceTheBaselineDoesNotAccept_IsContext_AndNeverCounts()
    {
        var result = Evaluate(Implemented("s@1#s4", expires: new DateOnly(2027, 10, 1)));

        var t3 = Finding(result, "t3");
        Assert.AreEqual(FindingKind.NoClaim, t3.Kind);
        StringAssert.Contains(t3.Reason, "s4 equivalent-to t3 (suggested, strength 8): suggested mappings do not count for this baseline");
    }

    [TestMethod]
    public void RejectedMappingFromAnUnclaimedControl_IsNotShown()
    {
        var result = Evaluate(Implemented("s@1#s1", expires: new DateOnly(2027, 10, 1)));

        Assert.IsTrue(Finding(result, "t2").NotCounted.IsEmpty, "s3 is not claimed, so its rejected mapping is not context for this vendor");
    }
}
