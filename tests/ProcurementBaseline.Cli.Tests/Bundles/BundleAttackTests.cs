using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Tests.Catalogs;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Bundles;

/// <summary>
/// Signed submission bundles (issue 18) against everything a vendor, an agency or someone in between might do to one:
/// each attack is found, with its code, and none crashes.
/// </summary>
[TestClass]
public sealed class BundleAttackTests
{
    private const long Max = 64L << 20;

    private static readonly Lazy<(byte[] Bundle, ECDsa Vendor, ECDsa Other)> Signed = new(() =>
    {
        using var temp = new TempStandards(withCatalogs: false);
        var zip = Path.Combine(temp.Root, "delta.zip");
        var diagnostics = BundleBuilder.Build(Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "attestation.yaml"),
            ShippedStandards.Load(), [], RepositoryPaths.Root, zip, Application.Submissions.InputLimits.Default);
        Assert.IsFalse(diagnostics.Any(d => d.IsError), string.Join("\n", diagnostics));
        var vendor = SigningKeys.NewKey();
        Assert.IsFalse(BundleSigner.Sign(zip, zip, vendor, "vendor", Max, "delta.zip").Any(d => d.IsError));
        return (File.ReadAllBytes(zip), vendor, SigningKeys.NewKey());
    });

    private static BundleVerification Verify(byte[] bundle, params ECDsa[] keys)
    {
        using var temp = new TempStandards(withCatalogs: false);
        var path = Path.Combine(temp.Root, "b.zip");
        Application.IO.AtomicFileWriter.WriteBytes(path, bundle);
        return BundleVerifier.Verify(path, keys, ShippedStandards.Load(), Max, "b.zip");
    }

    private static string[] Codes(BundleVerification result) => [.. result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code).Distinct()];

    /// <summary>The bundle with its entries changed by <paramref name="change"/> (name, bytes) → entries, stored as procbase stores them.</summary>
    private static byte[] Rewrite(byte[] bundle, Func<List<(string Name, byte[] Bytes)>, List<(string Name, byte[] Bytes)>> change)
    {
        var entries = new List<(string, byte[])>();
        using (var zip = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }

        using var output = new MemoryStream();
        BundleArchive.Write(output, change(entries).Select(e => (e.Name, (Action<Stream>)(s => s.Write(e.Bytes)))));
        return output.ToArray();
    }

    /// <summary>The signed bundle with its signature envelope changed by <paramref name="change"/>.</summary>
    private static byte[] WithEnvelope(Func<DsseEnvelope, DsseEnvelope> change) =>
        Rewrite(Signed.Value.Bundle, entries => [.. entries.Select(e => e.Name == BundleArchive.SignatureName ? (e.Name, change(DsseEnvelope.Parse(e.Bytes).Envelope!).ToBytes()) : e)]);

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x01;
        return copy;
    }

    [TestMethod]
    public void TheSignedBundle_Verifies()
    {
        var result = Verify(Signed.Value.Bundle, Signed.Value.Vendor);

        Assert.IsTrue(result.Verified, string.Join("\n", result.Diagnostics));
        Assert.AreEqual("vendor", result.Signatures.Single().Role);
    }

    [TestMethod]
    [DataRow("attestation.yaml", "PB1808")]
    [DataRow("evidence/secure-development-standard.md", "PB1808")]
    [DataRow("manifest.json", "PB1815")]
    [DataRow("signature.dsse.json", "PB1814")]
    public void AFlippedByte_IsFound(string entry, string code)
    {
        var bundle = Rewrite(Signed.Value.Bundle, entries => [.. entries.Select(e => e.Name == entry ? (e.Name, Flip(e.Bytes, e.Bytes.Length / 2)) : e)]);

        var result = Verify(bundle, Signed.Value.Vendor);

        Assert.IsFalse(result.Verified);
        CollectionAssert.Contains(Codes(result), code, string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void AFlippedSignatureByte_DoesNotVerify()
    {
        var bundle = WithEnvelope(envelope => envelope with { Signatures = [envelope.Signatures[0] with { Sig = Flip(envelope.Signatures[0].Sig, 10) }] });

        var result = Verify(bundle, Signed.Value.Vendor);

        Assert.IsFalse(result.Verified);
        CollectionAssert.Contains(Codes(result), "PB1814");
    }

    [TestMethod]
    public void AFileAddedOrRemoved_IsFound()
    {
        var added = Rewrite(Signed.Value.Bundle, entries => [.. entries, ("evidence/extra.pdf", "%PDF"u8.ToArray())]);
        var removed = Rewrite(Signed.Value.Bundle, entries => [.. entries.Where(e => e.Name != "evidence/security-test-summary.md")]);

        CollectionAssert.Contains(Codes(Verify(added, Signed.Value.Vendor)), "PB1809");
        CollectionAssert.Contains(Codes(Verify(removed, Signed.Value.Vendor)), "PB1807");
    }

    [TestMethod]
    [DataRow("../outside.md")]
    [DataRow("/etc/passwd")]
    [DataRow("C:/Windows/win.ini")]
    [DataRow("evidence/../../outside.md")]
    [DataRow("evidence\\..\\..\\outside.md")]
    public void APathEscapingTheBundle_IsRefused(string name)
    {
        var bundle = Rewrite(Signed.Value.Bundle, entries => [.. entries, (name, "x"u8.ToArray())]);

        var result = Verify(bundle, Signed.Value.Vendor);

        Assert.IsFalse(result.Verified);
        Assert.AreEqual("PB1801", Codes(result).Single(), string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void ASymbolicLinkEntry_IsRefused()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var link = zip.CreateEntry("evidence/link.md", CompressionLevel.NoCompression);
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            using var stream = link.Open();
            stream.Write("/etc/passwd"u8);
        }

        Assert.AreEqual("PB1802", Codes(Verify(output.ToArray(), Signed.Value.Vendor)).Single());
    }

    [TestMethod]
    public void AZipBomb_IsRefusedBeforeItIsRead()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("evidence/zeros.bin", CompressionLevel.SmallestSize).Open();
            stream.Write(new byte[32 << 20]);
        }

        var result = Verify(output.ToArray(), Signed.Value.Vendor);

        Assert.AreEqual("PB1803", Codes(result).Single());
        StringAssert.Contains(result.Diagnostics.Single().Message, "zip bomb");
    }

    [TestMethod]
    public void ADuplicateEntry_IsRefused()
    {
        var bundle = Rewrite(Signed.Value.Bundle, entries => [.. entries, ("Attestation.yaml", "kind: attestation"u8.ToArray())]);

        Assert.AreEqual("PB1804", Codes(Verify(bundle, Signed.Value.Vendor)).Single());
    }

    [TestMethod]
    public void ASignatureByAnUntrustedKey_DoesNotCount()
    {
        var result = Verify(Signed.Value.Bundle, Signed.Value.Other);

        Assert.IsFalse(result.Verified);
        CollectionAssert.AreEquivalent(new[] { "PB1813", "PB1819" }, Codes(result));
    }

    [TestMethod]
    public void TheSameKeyIdWithAnotherKey_DoesNotVerify()
    {
        // A forger signs with its own key but names the vendor's key id.
        var bundle = WithEnvelope(envelope => envelope with { Signatures = [envelope.Sign(Signed.Value.Other, "vendor") with { KeyId = SigningKeys.KeyId(Signed.Value.Vendor) }] });

        var result = Verify(bundle, Signed.Value.Vendor);

        Assert.IsFalse(result.Verified);
        CollectionAssert.Contains(Codes(result), "PB1814");
    }

    [TestMethod]
    public void APayloadTypeOtherThanInToto_IsRefused()
    {
        var bundle = Rewrite(Signed.Value.Bundle, entries => [.. entries.Select(e => e.Name == BundleArchive.SignatureName
            ? (e.Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Bytes).Replace("application/vnd.in-toto+json", "text/plain", StringComparison.Ordinal)))
            : e)]);

        CollectionAssert.Contains(Codes(Verify(bundle, Signed.Value.Vendor)), "PB1812");
    }

    [TestMethod]
    public void AManifestWithDuplicateKeys_IsRefused()
    {
        var bundle = Rewrite(Signed.Value.Bundle, entries => [.. entries.Select(e => e.Name == BundleArchive.ManifestName
            ? (e.Name, Encoding.UTF8.GetBytes("{\"kind\":\"submission-bundle\",\"kind\":\"other\"," + Encoding.UTF8.GetString(e.Bytes)[1..]))
            : e)]);

        CollectionAssert.Contains(Codes(Verify(bundle, Signed.Value.Vendor)), "PB1806");
    }

    [TestMethod]
    public void ABundlePinnedToStandardsNotShipped_NamesThem()
    {
        var bundle = Rewrite(Signed.Value.Bundle, entries => [.. entries.Select(e => e.Name == BundleArchive.ManifestName
            ? (e.Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Bytes).Replace("asd-ism@2025.12.9", "asd-ism@2031.1", StringComparison.Ordinal)))
            : e)]);

        var result = Verify(bundle, Signed.Value.Vendor);

        var unknown = result.Diagnostics.First(d => d.Code == "PB1816");
        StringAssert.Contains(unknown.Message, "catalog asd-ism@2031.1");
    }

    [TestMethod]
    public void AReviewerCountersigns_AndBothVerify()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var path = Path.Combine(temp.Root, "b.zip");
        Application.IO.AtomicFileWriter.WriteBytes(path, Signed.Value.Bundle);
        using var reviewer = SigningKeys.NewKey();

        var signing = BundleSigner.Sign(path, path, reviewer, "reviewer", Max, "b.zip");
        var result = BundleVerifier.Verify(path, [Signed.Value.Vendor, reviewer], ShippedStandards.Load(), Max, "b.zip");

        Assert.IsFalse(signing.Any(d => d.IsError));
        Assert.IsTrue(result.Verified, string.Join("\n", result.Diagnostics));
        CollectionAssert.AreEqual(new[] { "vendor", "reviewer" }, result.Signatures.Select(s => s.Role).ToArray());
        Assert.IsTrue(result.Signatures.All(s => s.Valid));
    }

    [TestMethod]
    public void SigningAnAlteredBundle_IsRefused()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var path = Path.Combine(temp.Root, "b.zip");
        Application.IO.AtomicFileWriter.WriteBytes(path, Rewrite(Signed.Value.Bundle, entries => [.. entries.Select(e => e.Name == "attestation.yaml" ? (e.Name, Flip(e.Bytes, 40)) : e)]));
        using var reviewer = SigningKeys.NewKey();

        var signing = BundleSigner.Sign(path, path, reviewer, "reviewer", Max, "b.zip");

        CollectionAssert.Contains(signing.Select(d => d.Code).ToList(), "PB1808");
    }
}
