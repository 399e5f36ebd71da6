using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Tests.Catalogs;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Bundles;

/// <summary>
/// A signer trusted through an X.509 chain to a root the verifier gives (issue 18), offline: valid, expired, not yet
/// valid, issued under a root not given, and a chain whose leaf is not the signing key.
/// </summary>
[TestClass]
public sealed class CertificateChainTests
{
    private const long Max = 64L << 20;
    private static readonly DateTimeOffset At = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    private static X509Certificate2 Root(string name) => TestCertificates.Root(name, At);

    private static X509Certificate2 Leaf(X509Certificate2 root, ECDsa key, DateTimeOffset from, DateTimeOffset to)
    {
        var request = new CertificateRequest("CN=Vendor signer", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        return request.Create(root, from, to, [1, 2, 3, 4]);
    }

    private static Application.Bundles.BundleVerification SignAndVerify(X509Certificate2 leaf, ECDsa key, X509Certificate2Collection roots)
    {
        using var temp = new TempStandards(withCatalogs: false);
        var zip = Path.Combine(temp.Root, "delta.zip");
        BundleBuilder.Build(Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "attestation.yaml"), ShippedStandards.Load(), [], RepositoryPaths.Root, zip,
            Application.Submissions.InputLimits.Default);
        Assert.IsFalse(BundleSigner.Sign(zip, zip, key, "vendor", Max, "delta.zip", [leaf.RawData]).Any(d => d.IsError));
        return BundleVerifier.Verify(zip, new BundleTrust([], roots, At), ShippedStandards.Load(), Max, "delta.zip");
    }

    [TestMethod]
    public void AChainToAGivenRoot_IsTrusted()
    {
        using var root = Root("Agency root");
        using var key = SigningKeys.NewKey();
        using var leaf = Leaf(root, key, At.AddDays(-30), At.AddDays(300));

        var result = SignAndVerify(leaf, key, [root]);

        Assert.IsTrue(result.Verified, string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    [DataRow(-400, -10, DisplayName = "expired")]
    [DataRow(10, 400, DisplayName = "not yet valid")]
    public void ACertificateOutsideItsValidity_IsNotTrusted(int fromDays, int toDays)
    {
        using var root = Root("Agency root");
        using var key = SigningKeys.NewKey();
        using var leaf = Leaf(root, key, At.AddDays(fromDays), At.AddDays(toDays));

        var result = SignAndVerify(leaf, key, [root]);

        Assert.IsFalse(result.Verified);
        CollectionAssert.Contains(result.Diagnostics.Select(d => d.Code).ToList(), "PB1820", string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void AChainToARootNotGiven_IsNotTrusted()
    {
        using var root = Root("Vendor's own root");
        using var other = Root("Agency root");
        using var key = SigningKeys.NewKey();
        using var leaf = Leaf(root, key, At.AddDays(-30), At.AddDays(300));

        var result = SignAndVerify(leaf, key, [other]);

        Assert.IsFalse(result.Verified);
        CollectionAssert.Contains(result.Diagnostics.Select(d => d.Code).ToList(), "PB1820");
    }

    [TestMethod]
    public void ACertificateForAnotherKey_IsNotTrusted()
    {
        using var root = Root("Agency root");
        using var key = SigningKeys.NewKey();
        using var someoneElse = SigningKeys.NewKey();
        using var leaf = Leaf(root, someoneElse, At.AddDays(-30), At.AddDays(300));

        var result = SignAndVerify(leaf, key, [root]);

        Assert.IsFalse(result.Verified);
        StringAssert.Contains(result.Diagnostics.Single(d => d.Code == "PB1820").Message, "names a key its certificate does not hold");
    }

    [TestMethod]
    public void FromTheCommandLine_SignWithACertAndVerifyWithTrust()
    {
        using var temp = new TempStandards(withCatalogs: false);
        using var root = Root("Agency root");
        using var key = SigningKeys.NewKey();
        using var leaf = Leaf(root, key, At.AddDays(-30), At.AddDays(300));
        var rootPem = temp.Write("root.pem", root.ExportCertificatePem() + "\n");
        var chainPem = temp.Write("chain.pem", leaf.ExportCertificatePem() + "\n");
        var keyPem = temp.Write("vendor.key.pem", SigningKeys.PrivatePem(key));
        var bundle = Path.Combine(temp.Root, "delta.zip");

        CliRunner.InRepository("attest", "bundle", Path.Combine("samples", "delta-all-four", "attestation.yaml"), "--out", bundle);
        var sign = CliRunner.InRepository("attest", "sign", bundle, "--key", keyPem, "--cert", chainPem);
        var verify = CliRunner.InRepository("attest", "verify", bundle, "--trust", rootPem, "--as-of", "2026-11-26");
        var late = CliRunner.InRepository("attest", "verify", bundle, "--trust", rootPem, "--as-of", "2028-01-01");

        Assert.AreEqual(Cli.ExitCodes.Success, sign.ExitCode, sign.Error);
        Assert.AreEqual(Cli.ExitCodes.Success, verify.ExitCode, verify.Out + verify.Error);
        Assert.AreEqual(Cli.ExitCodes.InputErrors, late.ExitCode, "the leaf has expired by then");
        StringAssert.Contains(late.Out, "PB1820");
    }
}
