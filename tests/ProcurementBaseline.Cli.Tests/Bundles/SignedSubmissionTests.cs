using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Bundles;

/// <summary>
/// The vendor's and the agency's round trip (issue 18) from the command line: key new, attest bundle, attest sign,
/// attest verify, then assess the bundle, for every sample; and the same inputs give the same bundle bytes.
/// </summary>
[TestClass]
public sealed class SignedSubmissionTests
{
    private const string AsOf = "2026-11-26";

    [TestMethod]
    [DataRow("acme-ssdf-mapped")]
    [DataRow("bravo-expired-evidence")]
    [DataRow("charlie-poam")]
    [DataRow("delta-all-four")]
    public void SignVerifyAssess_GivesTheFoldersVerdicts_AndRecordsTheSigner(string sample)
    {
        using var temp = new TempStandards(withCatalogs: false);
        var key = Path.Combine(temp.Root, "vendor");
        var bundle = Path.Combine(temp.Root, $"{sample}.zip");
        var attestation = Path.Combine("samples", sample, "attestation.yaml");

        var made = CliRunner.InRepository("key", "new", "--out", key);
        var bundled = CliRunner.InRepository("attest", "bundle", attestation, "--out", bundle);
        var signed = CliRunner.InRepository("attest", "sign", bundle, "--key", $"{key}.key.pem");
        var verified = CliRunner.InRepository("attest", "verify", bundle, "--key", $"{key}.pub.pem", "--format", "json");
        var fromBundle = CliRunner.InRepository("assess", bundle, "--key", $"{key}.pub.pem", "--as-of", AsOf, "--format", "json");
        var fromFolder = CliRunner.InRepository("assess", attestation, "--as-of", AsOf, "--format", "json");

        Assert.AreEqual(ExitCodes.Success, made.ExitCode, made.Error);
        Assert.AreEqual(ExitCodes.Success, bundled.ExitCode, bundled.Error);
        Assert.AreEqual(ExitCodes.Success, signed.ExitCode, signed.Error);
        Assert.AreEqual(ExitCodes.Success, verified.ExitCode, verified.Out);
        using var check = JsonDocument.Parse(verified.Out);
        Assert.IsTrue(check.RootElement.GetProperty("verified").GetBoolean());
        Assert.AreEqual(fromFolder.ExitCode, fromBundle.ExitCode, fromBundle.Error);
        using var a = JsonDocument.Parse(fromBundle.Out);
        using var b = JsonDocument.Parse(fromFolder.Out);
        CollectionAssert.AreEqual(Verdicts(b), Verdicts(a), "the bundle is assessed as its folder is");
        var record = a.RootElement.GetProperty("attestation").GetProperty("bundle");
        Assert.IsTrue(record.GetProperty("verified").GetBoolean());
        Assert.AreEqual("vendor", record.GetProperty("signatures")[0].GetProperty("role").GetString());
    }

    [TestMethod]
    public void BadData_IsNotBundled()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var bundle = Path.Combine(temp.Root, "echo.zip");

        var run = CliRunner.InRepository("attest", "bundle", Path.Combine("samples", "echo-bad-data", "attestation.yaml"), "--out", bundle);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "No bundle was written.");
        Assert.IsFalse(File.Exists(bundle));
    }

    [TestMethod]
    public void TheSameInputs_GiveTheSameBundleBytes()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var first = Path.Combine(temp.Root, "one.zip");
        var second = Path.Combine(temp.Root, "two.zip");
        var attestation = Path.Combine("samples", "delta-all-four", "attestation.yaml");

        CliRunner.InRepository("attest", "bundle", attestation, "--out", first);
        CliRunner.InRepository("attest", "bundle", attestation, "--out", second);

        CollectionAssert.AreEqual(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [TestMethod]
    public void AnUnsignedBundle_IsAssessed_ButRecordedAsNotVerified()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var bundle = Path.Combine(temp.Root, "acme.zip");
        CliRunner.InRepository("attest", "bundle", Path.Combine("samples", "acme-ssdf-mapped", "attestation.yaml"), "--out", bundle);

        var verify = CliRunner.InRepository("attest", "verify", bundle, "--key", Path.Combine(temp.Root, "missing.pem"));
        var assess = CliRunner.InRepository("assess", bundle, "--as-of", AsOf, "--format", "json");

        Assert.AreEqual(ExitCodes.Usage, verify.ExitCode, "a key file that is not there is a usage error");
        using var json = JsonDocument.Parse(assess.Out);
        Assert.IsFalse(json.RootElement.GetProperty("attestation").GetProperty("bundle").GetProperty("verified").GetBoolean());
        StringAssert.Contains(assess.Error, "no signature by a key given with --key was verified");
    }

    private static string[] Verdicts(JsonDocument json) =>
        [.. json.RootElement.GetProperty("baselines").EnumerateArray().Select(b => $"{b.GetProperty("id").GetString()}={b.GetProperty("verdict").GetString()}")];

    [TestMethod]
    public void ABaselineRequiringASignedSubmission_FailsAnythingElse()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var standards = Path.Combine(temp.Root, "standards");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Standards, "*", SearchOption.AllDirectories))
        {
            temp.Write(Path.Combine("standards", Path.GetRelativePath(RepositoryPaths.Standards, file)), File.ReadAllText(file));
        }

        var shipped = File.ReadAllText(Path.Combine(RepositoryPaths.Standards, "baselines", "us", "us-federal-software.yaml"));
        temp.Write(Path.Combine("standards", "baselines", "us", "us-signed.yaml"), shipped
            .Replace("id: us-federal-software", "id: us-signed", StringComparison.Ordinal)
            .Replace("  poam-max-days: 180", "  poam-max-days: 180\n  signed-submission: true", StringComparison.Ordinal));
        var key = Path.Combine(temp.Root, "vendor");
        var bundle = Path.Combine(temp.Root, "charlie.zip");
        var attestation = Path.Combine("samples", "charlie-poam", "attestation.yaml");
        CliRunner.InRepository("key", "new", "--out", key);
        CliRunner.InRepository("attest", "bundle", attestation, "--out", bundle, "--standards", standards, "-b", "us-signed");
        CliRunner.InRepository("attest", "sign", bundle, "--key", $"{key}.key.pem");

        var folder = CliRunner.InRepository("assess", attestation, "-b", "us-signed", "--as-of", AsOf, "--standards", standards, "--format", "json");
        var unverified = CliRunner.InRepository("assess", bundle, "-b", "us-signed", "--as-of", AsOf, "--standards", standards, "--format", "json");
        var verified = CliRunner.InRepository("assess", bundle, "-b", "us-signed", "--key", $"{key}.pub.pem", "--as-of", AsOf, "--standards", standards, "--format", "json");
        var shown = CliRunner.InRepository("baseline", "show", "us-signed", "--standards", standards);

        Assert.AreEqual(ExitCodes.Fail, folder.ExitCode, folder.Error);
        StringAssert.Contains(folder.Out, "accepts only a signed bundle verified against a key or root the assessor trusts");
        Assert.AreEqual(ExitCodes.Fail, unverified.ExitCode, unverified.Error);
        Assert.AreEqual(ExitCodes.Conditional, verified.ExitCode, "signed and verified, the sample's own verdict (conditional) stands");
        StringAssert.Contains(shown.Out, "submissions: only a signed bundle verified");
    }
}
