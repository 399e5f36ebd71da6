namespace ProcurementBaseline.Tests;

/// <summary>Where the repository and the read-only standards sources beside it are, found from the test binary.</summary>
internal static partial class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Standards => Path.Combine(Root, "standards");

    /// <summary>Where the official standards sources are expected: ../shared/sources beside the checkout.</summary>
    public static string SourcesFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "sources"));

    /// <summary>A file in the sources folder, for benchmarks and tools (tests use <c>Source</c>, which skips when the folder is missing).</summary>
    public static string SourceFile(params string[] parts) => Path.Combine([SourcesFolder, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ProcurementBaseline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("ProcurementBaseline.sln not found above the test binaries.");
    }
}
