using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Signing;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// Bundles a hostile vendor makes by hand: any attestation text, with the manifest rewritten to pin it and the whole
/// signed with the vendor's real key, so the bundle verifies and only what is inside it can stop it.
/// </summary>
internal static class ForgedBundles
{
    public static byte[] WithAttestation(byte[] signed, byte[] attestation, ECDsa key)
    {
        var entries = Entries(signed).Where(e => e.Name != BundleArchive.SignatureName).ToList();
        var manifest = (JsonObject)CanonicalJson.Parse(entries.Single(e => e.Name == BundleArchive.ManifestName).Bytes)!;
        var name = (string)manifest["attestation"]!;
        foreach (var file in manifest["files"]!.AsArray().OfType<JsonObject>().Where(f => (string?)f["path"] == name))
        {
            file["size"] = (long)attestation.Length;
            file["sha256"] = Convert.ToHexStringLower(SHA256.HashData(attestation));
        }

        entries = [.. entries.Select(e => e.Name == name ? (e.Name, attestation) : e.Name == BundleArchive.ManifestName ? (e.Name, CanonicalJson.Serialize(manifest)) : e)];
        var path = Path.Combine(Path.GetTempPath(), $"forged-{Guid.NewGuid():N}.zip");
        try
        {
            using (var output = File.Create(path))
            {
                BundleArchive.Write(output, entries.Select(e => (e.Name, (Action<Stream>)(s => s.Write(e.Bytes)))));
            }

            var problems = BundleSigner.Sign(path, path, key, "vendor", 1L << 30, path);
            Assert.IsFalse(problems.Any(p => p.IsError), string.Join("\n", problems));
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static List<(string Name, byte[] Bytes)> Entries(byte[] bundle)
    {
        var entries = new List<(string, byte[])>();
        using var zip = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, copy.ToArray()));
        }

        return entries;
    }

    public static string Attestation(byte[] bundle) =>
        System.Text.Encoding.UTF8.GetString(Entries(bundle).Single(e => e.Name == (string)((JsonObject)CanonicalJson.Parse(Entries(bundle).Single(m => m.Name == BundleArchive.ManifestName).Bytes)!)["attestation"]!).Bytes);
}
