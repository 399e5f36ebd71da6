namespace ProcurementBaseline.Tests;

/// <summary>Where the repository and the read-only standards sources beside it are, found from the test binary.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Standards => Path.Combine(Root, "standards");

    /// <summary>../shared/sources beside the checkout, as on every developer machine and in CI.</summary>
    public static string Sources
    {
        get
        {
            var sources = Path.GetFullPath(Path.Combine(Root, "..", "shared", "sources"));
            return Directory.Exists(sources)
                ? sources
                : throw new DirectoryNotFoundException($"The standards sources are expected at {sources} (../shared/sources beside the checkout).");
        }
    }

    public static string Source(params string[] parts) => Path.Combine([Sources, .. parts]);

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
