using System.Security.Cryptography;

namespace ProcurementBaseline.Tests.Sources;

/// <summary>eng/sources.tsv names every official source file with its sha256, so a fresh clone can fetch and check them.</summary>
[TestClass]
public sealed class SourceManifestTests
{
    private static readonly string Manifest = Path.Combine(RepositoryPaths.Root, "eng", "sources.tsv");

    private static List<string[]> Rows() =>
        [.. File.ReadLines(Manifest).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t'))];

    [TestMethod]
    public void EveryRow_HasAPathAHashASizeAnAddressAndANote()
    {
        var rows = Rows();

        Assert.IsGreaterThan(100, rows.Count);
        foreach (var row in rows)
        {
            Assert.HasCount(5, row, string.Join("|", row));
            Assert.IsTrue(row[1].Length == 64 && row[1].All(char.IsAsciiHexDigitLower), row[0]);
            Assert.IsTrue(long.TryParse(row[2], System.Globalization.CultureInfo.InvariantCulture, out _), row[0]);
            Assert.IsTrue(row[3] == "-" || row[3].StartsWith("https://", StringComparison.Ordinal), row[0]);
            Assert.IsTrue(row[3] != "-" || row[4].Length > 0, $"{row[0]} has no address, so it must say where it comes from");
        }
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void TheManifest_MatchesTheSharedSources_FileForFile()
    {
        var sources = RepositoryPaths.Sources;
        var listed = Rows().ToDictionary(r => r[0], r => (Sha256: r[1], Bytes: long.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(sources, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sources, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        CollectionAssert.AreEquivalent(listed.Keys.ToList(), present.ToList(), "every file is listed, and every listed file is there");
        foreach (var (path, (sha256, bytes)) in listed)
        {
            var file = Path.Combine(sources, path);
            Assert.AreEqual(bytes, new FileInfo(file).Length, path);
            Assert.AreEqual(sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), path);
        }
    }
}
