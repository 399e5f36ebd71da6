using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using static ProcurementBaseline.Harmonisation.Relationship;
using static ProcurementBaseline.Tests.Harmonisation.GraphFixture;

namespace ProcurementBaseline.Tests.Harmonisation;

/// <summary>Every finding type and verdict rule, on a baseline requiring b1–b6 (must) and b7 (should) of catalog b.</summary>
[TestClass]
public sealed class EvaluatorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    private static readonly GraphFixture Fixture = new GraphFixture()
        .Catalog("a", "a1", "a2", "a3", "a4")
        .Catalog("b", "b1", "b2", "b3", "b4", "b5", "b6", "b7")
        .Crosswalk("a@1", "b@1", Map("a1", SupersetOf, "b1"), Map("a2", IntersectsWith, "b2"), Map("a3", EqualTo, "b3"), Map("a4", EqualTo, "b4"));

    private static EvaluationPlan Plan(AcceptancePolicy? policy = null)
    {
        var baseline = new Baseline
        {
            Id = "test",
            Title = "Test",
            Owner = "Tests",
            Jurisdiction = Jurisdiction.AU,
            Version = "1",
            Catalogs = [CatalogRef.Parse("b@1")],
            Select =
            [
                new ControlSelector { Catalog = CatalogRef.Parse("b@1"), Controls = ["b1", "b2", "b3", "b4", "b5", "b6"] },
                new ControlSelector { Catalog = CatalogRef.Parse("b@1"), Controls = ["b7"], Priority = Priority.Should },
            ],
            Policy = policy ?? new AcceptancePolicy(),
        };
        var resolved = ResolvedBaseline.Resolve(baseline, Fixture.Library, [], new DiagnosticBag(), "test");
        return EvaluationPlan.Compile(resolved, Fixture.Graph());
    }

    private static Claim Claim(string key, ClaimStatus status, DateOnly? expires = null, DateOnly? due = null, string? justification = null, bool evidence = true) => new()
    {
        Control = Key(key),
        Status = status,
        Evidence = evidence ? [new Evidence { Title = "e", Uri = "https://example.test/e", Issued = new DateOnly(2026, 6, 1), Expires = expires ?? new DateOnly(2027, 6, 1) }] : [],
        Poam = due is { } d ? [new Milestone("m", d)] : [],
        Justification = justification,
    };

    private static BaselineEvaluation Evaluate(EvaluationPlan plan, params Claim[] claims) => Evaluator.Evaluate(plan, new Attestation
    {
        Vendor = new Party("V", null),
        Product = new Product("P", "1"),
        Date = AsOf,
        Signatory = new Signatory("S", null),
        Claims = [.. claims],
    }, AsOf, TrustedEvidence.Instance);

    private static FindingKind Kind(BaselineEvaluation e, string id) => e.Findings.Single(f => f.Control.ControlId == id).Kind;

    [TestMethod]
    public void EveryFindingType()
    {
        var result = Evaluate(Plan(),
            Claim("a@1#a1", ClaimStatus.Implemented),
            Claim("a@1#a2", ClaimStatus.Implemented),
            Claim("a@1#a3", ClaimStatus.Planned, due: AsOf.AddDays(30), evidence: false),
            Claim("b@1#b4", ClaimStatus.NotApplicable, justification: "No web interface."),
            Claim("b@1#b5", ClaimStatus.Implemented, expires: AsOf.AddDays(-1)),
            Claim("b@1#b6", ClaimStatus.NotImplemented),
            Claim("b@1#b7", ClaimStatus.Implemented));

        Assert.AreEqual(FindingKind.MetViaMapping, Kind(result, "b1"));
        Assert.AreEqual(FindingKind.PartiallyMet, Kind(result, "b2"));
        Assert.AreEqual(FindingKind.Planned, Kind(result, "b3"), "a planned claim on a1 with full coverage makes b3 planned");
        Assert.AreEqual(AsOf.AddDays(30), result.Findings.Single(f => f.Control.ControlId == "b3").Due);
        Assert.AreEqual(FindingKind.NotApplicable, Kind(result, "b4"));
        Assert.AreEqual(FindingKind.EvidenceProblem, Kind(result, "b5"));
        Assert.AreEqual(FindingKind.NotMet, Kind(result, "b6"));
        Assert.AreEqual(FindingKind.Met, Kind(result, "b7"));
        Assert.AreEqual(FindingKind.NoClaim, Kind(Evaluate(Plan()), "b1"));
        StringAssert.Contains(result.Findings.Single(f => f.Control.ControlId == "b2").Residual, "What b2 asks beyond a2");
    }

    [TestMethod]
    public void DirectClaimWins_OverAnInferredOne()
    {
        var result = Evaluate(Plan(), Claim("a@1#a1", ClaimStatus.Implemented), Claim("b@1#b1", ClaimStatus.NotImplemented));

        Assert.AreEqual(FindingKind.NotMet, Kind(result, "b1"));
    }

    [TestMethod]
    public void NotImplementedSource_IsContextOnly()
    {
        var finding = Evaluate(Plan(), Claim("a@1#a1", ClaimStatus.NotImplemented)).Findings.Single(f => f.Control.ControlId == "b1");

        Assert.AreEqual(FindingKind.NoClaim, finding.Kind);
        CollectionAssert.AreEqual(new[] { Key("a@1#a1") }, finding.RelatedNotImplemented.ToArray());
    }

    [TestMethod]
    public void MappedCoverageOff_CountsDirectClaimsOnly()
    {
        var result = Evaluate(Plan(new AcceptancePolicy { Mappings = null }), Claim("a@1#a1", ClaimStatus.Implemented));

        Assert.AreEqual(FindingKind.NoClaim, Kind(result, "b1"));
    }

    [TestMethod]
    public void Verdict_Pass_WhenEveryMustIsMetOrAcceptedNotApplicable()
    {
        var result = Evaluate(Plan(), All(ClaimStatus.Implemented, except: ("b@1#b6", Claim("b@1#b6", ClaimStatus.NotApplicable, justification: "Not relevant."))));

        Assert.AreEqual(Verdict.Pass, result.Verdict);
    }

    [TestMethod]
    public void Verdict_Conditional_WhenTheOnlyGapsArePlannedInsideTheWindow()
    {
        var planned = Evaluate(Plan(), All(ClaimStatus.Implemented, except: ("b@1#b6", Claim("b@1#b6", ClaimStatus.Planned, due: AsOf.AddDays(100), evidence: false))));
        var partialWithPlan = Evaluate(Plan(), All(ClaimStatus.Implemented, except: ("b@1#b6", Claim("b@1#b6", ClaimStatus.PartiallyImplemented, due: AsOf.AddDays(100)))));

        Assert.AreEqual(Verdict.Conditional, planned.Verdict);
        Assert.AreEqual(Verdict.Conditional, partialWithPlan.Verdict);
    }

    [TestMethod]
    [DataRow(ClaimStatus.NotImplemented, 0)]
    [DataRow(ClaimStatus.Planned, 400)]
    [DataRow(ClaimStatus.Planned, -5)]
    [DataRow(ClaimStatus.PartiallyImplemented, 0)]
    public void Verdict_Fail_ForAnUnplannedOrLateMustGap(ClaimStatus status, int dueInDays)
    {
        var claim = Claim("b@1#b6", status, due: dueInDays == 0 ? null : AsOf.AddDays(dueInDays), evidence: status != ClaimStatus.Planned);

        Assert.AreEqual(Verdict.Fail, Evaluate(Plan(), All(ClaimStatus.Implemented, except: ("b@1#b6", claim))).Verdict);
    }

    [TestMethod]
    public void Verdict_Fail_WhenNotApplicableIsNotAccepted()
    {
        var policy = new AcceptancePolicy { NotApplicableControls = [Key("b@1#b1")] };
        var result = Evaluate(Plan(policy), All(ClaimStatus.Implemented, except: ("b@1#b6", Claim("b@1#b6", ClaimStatus.NotApplicable, justification: "x"))));

        Assert.AreEqual(FindingKind.NotMet, Kind(result, "b6"));
        Assert.AreEqual(Verdict.Fail, result.Verdict);
    }

    [TestMethod]
    public void ShouldControls_LowerTheScoreNotTheVerdict()
    {
        var result = Evaluate(Plan(), All(ClaimStatus.Implemented, except: ("b@1#b7", Claim("b@1#b7", ClaimStatus.NotImplemented))));

        Assert.AreEqual(Verdict.Pass, result.Verdict);
        Assert.AreEqual(6.0 / 7, result.Overall.Share, 1e-9);
    }

    [TestMethod]
    public void AsOfDate_DecidesExpiry()
    {
        var plan = Plan();
        var claim = Claim("b@1#b1", ClaimStatus.Implemented, expires: new DateOnly(2026, 9, 30));
        var attestation = new Attestation { Vendor = new Party("V", null), Product = new Product("P", "1"), Date = AsOf, Signatory = new Signatory("S", null), Claims = [claim] };

        var before = Evaluator.Evaluate(plan, attestation, new DateOnly(2026, 9, 1), TrustedEvidence.Instance);
        var after = Evaluator.Evaluate(plan, attestation, AsOf, TrustedEvidence.Instance);

        Assert.AreEqual(FindingKind.Met, Kind(before, "b1"));
        Assert.AreEqual(FindingKind.EvidenceProblem, Kind(after, "b1"));
    }

    [TestMethod]
    public void StaleEvidence_IsAnEvidenceProblem()
    {
        var claim = Claim("b@1#b1", ClaimStatus.Implemented) with
        {
            Evidence = [new Evidence { Title = "old", Uri = "https://example.test", Issued = AsOf.AddDays(-400) }],
        };

        Assert.AreEqual(FindingKind.EvidenceProblem, Kind(Evaluate(Plan(), claim), "b1"));
        Assert.AreEqual(FindingKind.EvidenceProblem, Kind(Evaluate(Plan(), Claim("b@1#b1", ClaimStatus.Implemented, evidence: false)), "b1"), "no evidence at all");
    }

    private static Claim[] All(ClaimStatus status, (string Key, Claim Claim) except) =>
        [.. new[] { "b1", "b2", "b3", "b4", "b5", "b6", "b7" }.Select(id => $"b@1#{id}").Select(k => k == except.Key ? except.Claim : Claim(k, status))];
}
