using System.Security.Cryptography;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;

namespace ProcurementBaseline.Tests.Server;

/// <summary>The shipped standards, loaded once, and signed bundles of the samples made from them with test keys.</summary>
internal static class TestBundles
{
    private static readonly Lazy<HarmonisationSet> LoadedStandards = new(() => HarmonisationSet.Load(null, RepositoryPaths.Root));

    private static readonly string Folder = Directory.CreateTempSubdirectory("procbase-bundles-").FullName;

    private static readonly Dictionary<string, byte[]> Made = [];

    public static HarmonisationSet Standards => LoadedStandards.Value;

    /// <summary>The sample's attestation bundled, and signed by <paramref name="key"/> unless it is null.</summary>
    public static byte[] Signed(string sample, ECDsa? key)
    {
        var id = key is null ? "unsigned" : SigningKeys.KeyId(key);
        lock (Made)
        {
            if (Made.TryGetValue($"{sample}/{id}", out var made))
            {
                return made;
            }

            var path = Path.Combine(Folder, $"{sample}-{id}.zip");
            var problems = BundleBuilder.Build(Path.Combine(RepositoryPaths.Root, "samples", sample, "attestation.yaml"), Standards.Standards, [], RepositoryPaths.Root, path, InputLimits.Default);
            Assert.IsFalse(problems.Any(p => p.IsError), string.Join("\n", problems));
            if (key is not null)
            {
                var signed = BundleSigner.Sign(path, path, key, "vendor", 1L << 30, path);
                Assert.IsFalse(signed.Any(p => p.IsError), string.Join("\n", signed));
            }

            return Made[$"{sample}/{id}"] = File.ReadAllBytes(path);
        }
    }
}
