using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Vex;
using static ProcurementBaseline.Harmonisation.Relationship;
using static ProcurementBaseline.Tests.Harmonisation.GraphFixture;

namespace ProcurementBaseline.Tests.Evaluation;

/// <summary>
/// A baseline's evidence requirements in the evaluator (issue 17, item 4): b1 needs a complete SBOM and b2 a VEX
/// document on a claim on the control itself; a1 covers b1 in full through a mapping.
/// </summary>
[TestClass]
public sealed class EvidenceRequirementTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 26);

    private static readonly Harmonisation.GraphFixture Fixture = new Harmonisation.GraphFixture()
        .Catalog("a", "a1")
        .Catalog("b", "b1", "b2")
        .Crosswalk("a@1", "b@1", Map("a1", SupersetOf, "b1"));

    private static readonly EvaluationPlan Plan = Compile();

    private static EvaluationPlan Compile()
    {
        var baseline = new Baseline
        {
            Id = "test",
            Title = "Test",
            Owner = "Tests",
            Jurisdiction = Jurisdiction.IN,
            Version = "1",
            Catalogs = [CatalogRef.Parse("b@1")],
            Select = [new ControlSelector { Catalog = CatalogRef.Parse("b@1"), Controls = ["b1", "b2"] }],
            Policy = new AcceptancePolicy
            {
                EvidenceRequirements =
                [
                    new EvidenceRequirement { Controls = [Key("b@1#b1")], Kind = EvidenceKind.Sbom, Profile = "certin@1.0" },
                    new EvidenceRequirement { Controls = [Key("b@1#b2")], Kind = EvidenceKind.Vex },
                ],
            },
        };
        return EvaluationPlan.Compile(ResolvedBaseline.Resolve(baseline, Fixture.Library, [], new DiagnosticBag(), "test"), Fixture.Graph());
    }

    /// <summary>Every file present; each content read returns what the test says.</summary>
    private sealed class ContentVerifier(EvidenceContent content) : IEvidenceVerifier
    {
        public List<EvidenceRequirement> Asked { get; } = [];

        public EvidenceFileCheck Check(Evidence evidence) => EvidenceFileState.Present;

        public bool ChecksContent => true;

        public EvidenceContent Content(Evidence evidence, EvidenceRequirement requirement, Claim claim)
        {
            Asked.Add(requirement);
            return content;
        }
    }

    private static readonly EvidenceContent Complete = new([], "complete");

    private static readonly ClaimIssue Missing = ClaimIssue.Of(DiagnosticCodes.SbomIncomplete, null, "sbom", "certin@1.0", "Criticality (0/3, e.g. a@1)");

    private static Claim Claim(string key, EvidenceKind kind, string? milestone = null) => new()
    {
        Control = Key(key),
        Status = ClaimStatus.Implemented,
        Evidence = [new Evidence { Title = "e", Kind = kind, Path = "evidence/e.json", Sha256 = new string('a', 64), Issued = new DateOnly(2026, 6, 1), Expires = new DateOnly(2027, 6, 1) }],
        Poam = milestone is null ? [] : [new Milestone(milestone, new DateOnly(2026, 12, 20))],
    };

    private static Finding Finding(IEvidenceVerifier verifier, string control, params Claim[] claims) =>
        Evaluator.Evaluate(Plan, new Attestation
        {
            Vendor = new Party("V", null),
            Product = new Product("P", "1"),
            Date = AsOf,
            Signatory = new Signatory("S", null),
            Claims = [.. claims],
        }, AsOf, verifier).Findings.Single(f => f.Control == Key(control));

    [TestMethod]
    public void ACompleteSbomOnTheControl_MeetsIt()
    {
        var verifier = new ContentVerifier(Complete);

        var finding = Finding(verifier, "b@1#b1", Claim("b@1#b1", EvidenceKind.Sbom));

        Assert.AreEqual(FindingKind.Met, finding.Kind);
        Assert.AreEqual("certin@1.0", verifier.Asked.Single().Profile);
    }

    [TestMethod]
    public void AnIncompleteSbom_IsAnEvidenceProblem_CarryingWhatIsMissing()
    {
        var finding = Finding(new ContentVerifier(new EvidenceContent([Missing], "incomplete")), "b@1#b1", Claim("b@1#b1", EvidenceKind.Sbom));

        Assert.AreEqual(FindingKind.EvidenceProblem, finding.Kind);
        Assert.AreEqual("PB1910", finding.EvidenceIssues.Single().Code.Code);
        StringAssert.Contains(finding.Reason, "Criticality (0/3, e.g. a@1)");
    }

    [TestMethod]
    public void AFileNotMarkedAsAnSbom_IsNotRead_AndTheKindIsMissing()
    {
        var verifier = new ContentVerifier(Complete);

        var finding = Finding(verifier, "b@1#b1", Claim("b@1#b1", EvidenceKind.Document));

        Assert.AreEqual(FindingKind.EvidenceProblem, finding.Kind);
        Assert.AreEqual("PB1911", finding.EvidenceIssues.Single().Code.Code);
        Assert.IsEmpty(verifier.Asked);
    }

    [TestMethod]
    public void CoverageThroughAMapping_DoesNotMeetAControlThatNeedsItsOwnSbom()
    {
        var finding = Finding(new ContentVerifier(Complete), "b@1#b1", Claim("a@1#a1", EvidenceKind.Sbom));

        Assert.AreEqual(FindingKind.EvidenceProblem, finding.Kind);
        StringAssert.Contains(finding.Reason, "which coverage through a mapping does not carry");
    }

    [TestMethod]
    public void WhenContentsAreNotRead_TheMappingCountsAsBefore()
    {
        var finding = Finding(TrustedEvidence.Instance, "b@1#b1", Claim("a@1#a1", EvidenceKind.Sbom));

        Assert.AreEqual(FindingKind.MetViaMapping, finding.Kind);
    }

    [TestMethod]
    public void AnAffectedVulnerability_IsAnEvidenceProblem_UntilAMilestoneNamesIt()
    {
        var affected = new EvidenceContent([], "VEX") { NeedingPlan = [new VexStatement("CVE-2026-1", "pkg:npm/a@1", VexStatus.Affected, HasResponse: true, null, null)] };

        var unplanned = Finding(new ContentVerifier(affected), "b@1#b2", Claim("b@1#b2", EvidenceKind.Vex));
        var planned = Finding(new ContentVerifier(affected), "b@1#b2", Claim("b@1#b2", EvidenceKind.Vex, milestone: "Upgrade a to fix cve-2026-1"));

        Assert.AreEqual(FindingKind.EvidenceProblem, unplanned.Kind);
        Assert.AreEqual("PB1913", unplanned.EvidenceIssues.Single().Code.Code);
        Assert.AreEqual(FindingKind.Met, planned.Kind);
    }
}
