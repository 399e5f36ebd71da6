using ProcurementBaseline.Analysis;
using System.Reflection;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Suggestions;

namespace ProcurementBaseline.Tests.Suggestions;

/// <summary>
/// The procbase-semantic add-on this test project builds (a project reference), run as procbase runs it: a child
/// process found by its path. One embedding cache serves the tests that measure the shipped catalogs, so the model runs
/// over them once per test run.
/// </summary>
internal static class SemanticAddOnUnderTest
{
    private static readonly Lazy<string> SharedCache = new(() => Directory.CreateTempSubdirectory("procbase-embeddings-").FullName);

    private static readonly Lazy<SuggestionEngine> ShippedEngine = new(() =>
    {
        var engine = SuggestionEngine.Create(Standards(), new EnglishTermAnalyzer(), semantic: true, Path, AppContext.BaseDirectory, CacheFolder, []);
        Assert.IsNull(engine.SemanticOff, engine.SemanticOff);
        return engine;
    });

    public static string Path { get; } = typeof(SemanticAddOnUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SemanticAddOn").Value!;

    public static string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The cache the shipped-catalog tests share; deleted when the run ends.</summary>
    public static string CacheFolder => SharedCache.Value;

    /// <summary>An engine over the shipped standards with the add-on, its vectors in <see cref="CacheFolder"/>.</summary>
    public static SuggestionEngine Engine => ShippedEngine.Value;

    public static HarmonisationSet Standards() => HarmonisationSet.Load(null, RepositoryPaths.Root);

    public static SemanticAddOn Find()
    {
        var addOn = SemanticAddOn.Find(Path, AppContext.BaseDirectory, out var reason);
        Assert.IsNotNull(addOn, reason);
        return addOn;
    }

    public static void DeleteSharedCache()
    {
        if (SharedCache.IsValueCreated)
        {
            Directory.Delete(SharedCache.Value, recursive: true);
        }
    }
}
