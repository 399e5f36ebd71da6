namespace ProcurementBaseline.Tests;

/// <summary>The sources for tests: present, skipped with a reason, or (in CI) failed.</summary>
internal static partial class RepositoryPaths
{
    /// <summary>
    /// ../shared/sources beside the checkout, as on developer machines and in CI. A fresh clone has no such folder: a
    /// test that needs it (category <see cref="TestCategories.RequiresSources"/>) is then skipped with one line saying
    /// where the sources go and how to get them, unless PROCBASE_REQUIRE_SOURCES=1 (set by .ci/run), when it fails.
    /// </summary>
    public static string Sources
    {
        get
        {
            var sources = SourcesFolder;
            if (Directory.Exists(sources))
            {
                return sources;
            }

            var message = $"needs the official standards sources at {sources} (../shared/sources beside the checkout); get them with scripts/fetch-sources.sh, which downloads and checks what eng/sources.tsv lists";
            if (Environment.GetEnvironmentVariable("PROCBASE_REQUIRE_SOURCES") == "1")
            {
                Assert.Fail(message);
            }

            Assert.Inconclusive(message);
            return sources;
        }
    }

    public static string Source(params string[] parts) => Path.Combine([Sources, .. parts]);
}
