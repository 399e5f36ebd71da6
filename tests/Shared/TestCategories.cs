namespace ProcurementBaseline.Tests;

/// <summary>Test categories, for filtering runs with --filter "TestCategory=…".</summary>
internal static class TestCategories
{
    /// <summary>Reads the official sources in ../shared/sources, which a fresh clone lacks (see <see cref="RepositoryPaths.Sources"/>).</summary>
    public const string RequiresSources = "RequiresSources";
}
