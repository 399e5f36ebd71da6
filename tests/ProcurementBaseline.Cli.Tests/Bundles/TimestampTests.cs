using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Tests.Catalogs;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Bundles;

/// <summary>
/// RFC 3161 timestamps on bundle signatures (issue 18, item 2): a token over the signature, from an authority trusted
/// through the verifier's roots, moves the moment the signer's certificates are judged at to the token's time; a token
/// over anything else, by an untrusted authority, or altered is a coded error, and none is ever fetched.
/// </summary>
[TestClass]
public sealed class TimestampTests
{
    private const long Max = 64L << 20;
    private static readonly DateTimeOffset At = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Signed = At.AddDays(-100);

    private static X509Certificate2 Root(string name) => TestCertificates.Root(name, At);

    /// <summary>A signer whose certificate was valid when it signed, 100 days before the as-of date, and has since expired.</summary>
    private sealed class Setup : IDisposable
    {
        private readonly TempStandards _temp = new(withCatalogs: false);

        public Setup()
        {
            Leaf = new CertificateRequest("CN=Vendor signer", Key, HashAlgorithmName.SHA256).Create(VendorRoot, At.AddDays(-400), At.AddDays(-10), [1, 2, 3, 4]);
            BundleBuilder.Build(Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "attestation.yaml"), ShippedStandards.Load(), [], RepositoryPaths.Root, Bundle,
                Application.Submissions.InputLimits.Default);
            Assert.IsFalse(BundleSigner.Sign(Bundle, Bundle, Key, "vendor", Max, "delta.zip", [Leaf.RawData]).Any(d => d.IsError));
        }

        public ECDsa Key { get; } = SigningKeys.NewKey();

        public X509Certificate2 VendorRoot { get; } = Root("Vendor CA");

        public X509Certificate2 Leaf { get; }

        public TestTimestampAuthority Tsa { get; } = new(At.AddYears(-2), At.AddYears(2));

        public string Root => _temp.Root;

        public string Bundle => Path.Combine(_temp.Root, "delta.zip");

        public byte[] Signature => Envelope().Signatures[0].Sig;

        public DsseEnvelope Envelope()
        {
            using var zip = ZipFile.OpenRead(Bundle);
            using var stream = zip.GetEntry(BundleArchive.SignatureName)!.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return DsseEnvelope.Parse(memory.ToArray()).Envelope!;
        }

        /// <summary>Replaces the envelope in the bundle, as an attacker editing the zip would.</summary>
        public void Replace(DsseEnvelope envelope)
        {
            using var zip = ZipFile.Open(Bundle, ZipArchiveMode.Update);
            zip.GetEntry(BundleArchive.SignatureName)!.Delete();
            using var stream = zip.CreateEntry(BundleArchive.SignatureName, CompressionLevel.NoCompression).Open();
            stream.Write(envelope.ToBytes());
        }

        public string[] Attach(byte[] response) =>
            [.. BundleTimestamper.Attach(Bundle, Bundle, response, "token.tsr", Max, "delta.zip").Where(d => d.IsError).Select(d => d.Code)];

        public BundleVerification Verify(params X509Certificate2[] roots) =>
            BundleVerifier.Verify(Bundle, new BundleTrust([], [.. roots], At), ShippedStandards.Load(), Max, "delta.zip");

        public void Dispose()
        {
            Key.Dispose();
            VendorRoot.Dispose();
            Leaf.Dispose();
            Tsa.Dispose();
            _temp.Dispose();
        }
    }

    private static string[] Codes(BundleVerification result) => [.. result.Diagnostics.Select(d => d.Code).Distinct()];

    [TestMethod]
    public void ATrustedTimestamp_JudgesTheSignersCertificateAtItsTime()
    {
        using var setup = new Setup();
        var without = setup.Verify(setup.VendorRoot, setup.Tsa.Root);

        CollectionAssert.AreEqual(Array.Empty<string>(), setup.Attach(TestTimestampAuthority.Response(setup.Tsa.Token(setup.Signature, Signed))));
        var with = setup.Verify(setup.VendorRoot, setup.Tsa.Root);

        Assert.IsFalse(without.Verified, "the leaf expired ten days before the as-of date");
        CollectionAssert.Contains(Codes(without), "PB1820");
        Assert.IsTrue(with.Verified, string.Join("\n", with.Diagnostics));
        Assert.AreEqual(Signed, with.Signatures.Single().Timestamp);
        Assert.AreEqual("CN=Test TSA", with.Signatures.Single().TimestampAuthority);
    }

    [TestMethod]
    public void ATimestampByAnAuthorityNotTrusted_DoesNotHold_AndTheSignerIsJudgedAtTheAsOfDate()
    {
        using var setup = new Setup();
        setup.Attach(setup.Tsa.Token(setup.Signature, Signed));

        var result = setup.Verify(setup.VendorRoot);

        Assert.IsFalse(result.Verified);
        CollectionAssert.Contains(Codes(result), "PB1821");
        CollectionAssert.Contains(Codes(result), "PB1820");
        StringAssert.Contains(result.Diagnostics.First(d => d.Code == "PB1821").Message, "whose certificate does not build, for time stamping, to a trusted root");
    }

    [TestMethod]
    public void ATokenOverAnythingButASignature_IsNotAttached()
    {
        using var setup = new Setup();
        var before = File.ReadAllBytes(setup.Bundle);

        var codes = setup.Attach(setup.Tsa.Token("something else"u8.ToArray(), Signed));

        CollectionAssert.AreEqual(new[] { "PB1823" }, codes);
        CollectionAssert.AreEqual(before, File.ReadAllBytes(setup.Bundle), "nothing was written");
    }

    [TestMethod]
    public void ATokenPutInTheEnvelopeByHand_OverOtherData_DoesNotHold()
    {
        using var setup = new Setup();
        var envelope = setup.Envelope();
        setup.Replace(envelope with { Signatures = [envelope.Signatures[0] with { Timestamp = setup.Tsa.Token("a different signature"u8.ToArray(), Signed) }] });

        var result = setup.Verify(setup.VendorRoot, setup.Tsa.Root);

        Assert.IsFalse(result.Verified);
        StringAssert.Contains(result.Diagnostics.Single(d => d.Code == "PB1821").Message, "is not over this signature");
    }

    [TestMethod]
    [DataRow(0.3)]
    [DataRow(0.6)]
    [DataRow(0.95)]
    public void AnAlteredToken_DoesNotHold(double where)
    {
        using var setup = new Setup();
        setup.Attach(setup.Tsa.Token(setup.Signature, Signed));
        var envelope = setup.Envelope();
        var token = envelope.Signatures[0].Timestamp!.ToArray();
        token[(int)(token.Length * where)] ^= 0x20;
        setup.Replace(envelope with { Signatures = [envelope.Signatures[0] with { Timestamp = token }] });

        var result = setup.Verify(setup.VendorRoot, setup.Tsa.Root);

        Assert.IsFalse(result.Verified);
        CollectionAssert.Contains(Codes(result), "PB1821");
        Assert.IsNull(result.Signatures.Single().Timestamp);
    }

    [TestMethod]
    public void WithKeysAndNoRoots_ATimestampIsNamedAsUnchecked()
    {
        using var setup = new Setup();
        setup.Attach(setup.Tsa.Token(setup.Signature, Signed));

        var result = BundleVerifier.Verify(setup.Bundle, new BundleTrust([setup.Key], [], At), ShippedStandards.Load(), Max, "delta.zip");

        Assert.IsTrue(result.Verified, "the key itself is trusted");
        CollectionAssert.Contains(Codes(result), "PB1822");
        Assert.IsNull(result.Signatures.Single().Timestamp);
    }

    [TestMethod]
    public void FromTheCommandLine_RequestAttachAndVerify()
    {
        using var setup = new Setup();
        var rootsPem = Path.Combine(setup.Root, "roots.pem");
        Application.IO.AtomicFileWriter.WriteText(rootsPem, setup.VendorRoot.ExportCertificatePem() + "\n" + setup.Tsa.Root.ExportCertificatePem() + "\n");
        var requestFile = Path.Combine(setup.Root, "request.tsq");
        var tokenFile = Path.Combine(setup.Root, "token.tsr");

        var request = CliRunner.InRepository("attest", "timestamp", setup.Bundle, "--request", requestFile);
        Assert.AreEqual(Cli.ExitCodes.Success, request.ExitCode, request.Error);
        Assert.IsTrue(Rfc3161TimestampRequest.TryDecode(File.ReadAllBytes(requestFile), out var decoded, out _));
        CollectionAssert.AreEqual(SHA256.HashData(setup.Signature), decoded!.GetMessageHash().ToArray());
        Application.IO.AtomicFileWriter.WriteBytes(tokenFile, TestTimestampAuthority.Response(setup.Tsa.TokenForHash(decoded.GetMessageHash().ToArray(), Signed)));
        var attach = CliRunner.InRepository("attest", "timestamp", setup.Bundle, "--token", tokenFile);
        var verify = CliRunner.InRepository("attest", "verify", setup.Bundle, "--trust", rootsPem, "--as-of", "2026-11-26", "--format", "json");
        var noSuchSignature = CliRunner.InRepository("attest", "timestamp", setup.Bundle, "--request", requestFile, "--signature", "2");

        Assert.AreEqual(Cli.ExitCodes.Success, attach.ExitCode, attach.Error);
        Assert.AreEqual(Cli.ExitCodes.Success, verify.ExitCode, verify.Out + verify.Error);
        using var json = JsonDocument.Parse(verify.Out);
        Assert.AreEqual("2026-08-18T00:00:00Z", json.RootElement.GetProperty("signatures")[0].GetProperty("timestamp").GetString());
        Assert.AreEqual(Cli.ExitCodes.InputErrors, noSuchSignature.ExitCode);
        StringAssert.Contains(noSuchSignature.Error, "there is no signature #2");
    }
}
