using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Yaml.Nodes;

namespace ProcurementBaseline.Tests.Standards;

/// <summary>The parsed-file cache makes loads faster and changes nothing they give (issue 15, item 3).</summary>
[TestClass]
public sealed class ParsedYamlCacheTests
{
    [TestMethod]
    public void ALoadFromTheCache_IsTheLoadWithout_AndACorruptEntryIsIgnored()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-cache-").FullName;
        try
        {
            var cache = ParsedYamlCache.At(folder);
            var uncached = Load(null);

            var first = Load(cache);
            var entries = Directory.GetFiles(folder, "*.ynode");
            var second = Load(cache);
            foreach (var entry in entries)
            {
                ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(entry, "not a snapshot");
            }

            var third = Load(cache);

            Assert.HasCount(Directory.EnumerateFiles(RepositoryPaths.Standards, "*.yaml", SearchOption.AllDirectories).Count(f => new FileInfo(f).Length >= ParsedYamlCache.MinimumFileBytes), entries);
            foreach (var load in new[] { first, second, third })
            {
                Assert.AreEqual(uncached, load);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Keep_HoldsAtMostMaxEntries_TheNewest()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-cache-").FullName;
        try
        {
            var cache = ParsedYamlCache.At(folder);
            var node = new YScalar(1, 1, "x", isPlain: true);
            for (var i = 0; i < ParsedYamlCache.MaxEntries + 8; i++)
            {
                cache.Keep($"{i:D64}", node);
                File.SetLastWriteTimeUtc(Path.Combine(folder, $"{i:D64}.ynode"), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i));
            }

            Assert.HasCount(ParsedYamlCache.MaxEntries, Directory.GetFiles(folder), "pruned on each write, the oldest first");
            Assert.IsNotNull(cache.Find($"{ParsedYamlCache.MaxEntries + 7:D64}"));
            Assert.IsNull(cache.Find($"{0:D64}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Everything a load gives that a run shows: diagnostics, inputs with their hashes, and the catalogs' controls and statements.</summary>
    private static string Load(ParsedYamlCache? cache)
    {
        var set = new StandardsLoader(RepositoryPaths.Root, cache).Load([RepositoryPaths.Standards]);
        return string.Join("\n", set.Diagnostics.Select(d => d.ToString())
            .Concat(set.Inputs.Select(i => $"{i.File} {i.Sha256}"))
            .Concat(set.Catalogs.Catalogs.SelectMany(c => c.AllControls.Select(x => $"{c.Ref}#{x.Control.Id} {x.Control.Statement?.Default}")))
            .Concat(set.Crosswalks.SelectMany(c => c.Mappings.Select(m => $"{c.Name} {m.Origin}")))
            .Concat(set.Baselines.Select(b => $"{b.Baseline.Id} {b.Controls.Length}")));
    }
}
