using ProcurementBaseline.Analysis;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Tests.Catalogs;
using ProcurementBaseline.Tests.Commands;
using ProcurementBaseline.Versions;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Tests.Versions;

[TestClass]
public sealed class AttestationImpactTests
{
    private static Attestation Charlie() =>
        AttestationYamlReader.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml")), "charlie").Value!;

    private static AttestationImpact Impact(Attestation attestation) => AttestationImpact.Assess(attestation,
        CatalogDiff.Compare(ShippedStandards.Catalog("nist-ssdf@1.1"), ShippedStandards.Catalog("nist-ssdf@1.2-ipd"), new DiffPlexWordDiffer()));

    [TestMethod]
    public void SsdfOneTwoDraft_SortsTheClaims()
    {
        var impact = Impact(Charlie());

        Assert.AreEqual(24, impact.Count(ClaimImpactKind.CarriedOver));
        CollectionAssert.AreEquivalent(
            new[] { "PO.4.1", "PO.4.2", "PO.5.2", "PS.1.1", "RV.1.2", "RV.2.1", "RV.3.3" },
            impact.Claims.Where(c => c.Kind == ClaimImpactKind.NeedsReattestation).Select(c => c.Claim.Control.ControlId).ToArray());
        Assert.AreEqual(9, impact.Unclaimed.Length, "PO.6 and PS.4 with their tasks");
    }

    [TestMethod]
    public void MigratedAttestation_KeepsCarriedClaims_MarksChangedOnes_AndNeverSilentlyKeepsThem()
    {
        var original = Charlie();
        var migrated = Impact(original).Migrate(original);
        var byKey = migrated.Claims.ToDictionary(c => c.Control);
        var carried = byKey[Key("nist-ssdf@1.2-ipd#PW.5.1")];
        var changed = byKey[Key("nist-ssdf@1.2-ipd#RV.1.2")];
        var added = byKey[Key("nist-ssdf@1.2-ipd#PS.4.1")];

        Assert.IsNull(carried.Review);
        Assert.AreEqual(original.Claims.Single(c => c.Control.ControlId == "PW.5.1").Evidence[0], carried.Evidence[0]);
        StringAssert.Contains(changed.Review, "{+and its default and other common configurations+}");
        Assert.AreEqual(ClaimStatus.NotImplemented, added.Status);
        StringAssert.Contains(added.Review, "New in nist-ssdf@1.2-ipd");
        Assert.IsFalse(migrated.Claims.Any(c => c.Control.Catalog.Version.Text == "1.1"), "no claim left on the old version");
        Assert.IsTrue(migrated.Claims.Any(c => c.Control.Catalog.CatalogId == "nist-sp800-53"), "claims on other catalogs are kept");
    }

    [TestMethod]
    public void ImpactCommand_WritesAMigratedAttestationThatReadsBack_AndReviewClaimsCountForNothing()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var output = Path.Combine(temp.Root, "migrated.yaml");

        var run = CliRunner.InRepository("attest", "impact", Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml"), "--to", "nist-ssdf@1.2-ipd", "--write", output);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "24 claims carry over, 0 carry over under a new id, 7 need re-attestation");
        var migrated = AttestationYamlReader.Read(File.ReadAllBytes(output), output);
        Assert.IsFalse(migrated.HasErrors, string.Join("\n", migrated.Diagnostics));
        var review = migrated.Value!.Claims.First(c => c.Review is not null);
        var assessed = ProcurementBaseline.Evaluation.ClaimAssessment.Assess(review, new ProcurementBaseline.Baselines.AcceptancePolicy(), new DateOnly(2026, 11, 26), ProcurementBaseline.Evaluation.TrustedEvidence.Instance);
        Assert.AreEqual(ProcurementBaseline.Evaluation.FindingKind.NotMet, assessed.DirectKind);
        StringAssert.StartsWith(assessed.Reason, "Marked for review");
    }

    private static ControlKey Key(string text) => ControlKey.TryParse(text, out var key) ? key : throw new ArgumentException(text, nameof(text));
}
