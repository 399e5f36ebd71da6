namespace ProcurementBaseline.Application.IO;

/// <summary>Paths as diagnostics show them: relative to the working directory when inside it, with forward slashes.</summary>
public static class DisplayPaths
{
    public static string For(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(workingDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>The path from the folder of <paramref name="fromFile"/> to <paramref name="toFile"/>, with forward slashes.</summary>
    public static string Relative(string fromFile, string toFile) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(fromFile))!, Path.GetFullPath(toFile)).Replace('\\', '/');
}
