namespace ProcurementBaseline.Application.Standards;

/// <summary>Finds the standards folder and the YAML files under given paths.</summary>
public static class StandardsFiles
{
    /// <summary>
    /// The standards folder: the one given, else <c>standards/</c> in the working directory or one above it,
    /// else the copy shipped beside the tool.
    /// </summary>
    public static string Locate(string? given, string workingDirectory)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given, workingDirectory);
        }

        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "standards");
            if (Directory.Exists(Path.Combine(candidate, "catalogs")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "standards");
    }

    /// <summary>
    /// The YAML files under each path (a file is taken as is), in a stable order, without duplicates, each with its
    /// path below the folder it was found in (a file given by itself: its name).
    /// </summary>
    public static IReadOnlyList<StandardsFile> Enumerate(IEnumerable<string> paths, ICollection<string> missing)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                files.TryAdd(full, Path.GetFileName(full));
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories))
                {
                    if (file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
                    {
                        files.TryAdd(file, Path.GetRelativePath(full, file).Replace('\\', '/'));
                    }
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return [.. files.Select(f => new StandardsFile(f.Key, f.Value))];
    }
}

/// <summary>A standards file: where it is, and its path below the standards folder, the same on every machine.</summary>
public sealed record StandardsFile(string FullPath, string BelowRoot);
