namespace ProcurementBaseline.Application.IO;

/// <summary>
/// <see cref="InputFiles"/> where open(2) is not available (Windows): the path is resolved link by link and checked to
/// stay inside the folder before the file is opened. Unlike the Unix walk, a link swapped in between the check and the
/// open is not caught; Windows has no FIFOs inside folders, and devices are refused by their attributes.
/// </summary>
internal static class PortableInputFiles
{
    public static FileOpening Open(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return FileOpening.Failed(InputFileState.Directory);
            }

            if (!info.Exists)
            {
                return FileOpening.Failed(InputFileState.Missing);
            }

            if (info.Attributes.HasFlag(FileAttributes.Device))
            {
                return FileOpening.Failed(InputFileState.NotRegular, "a device");
            }

            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return FileOpening.Opened(new OpenedFile(handle, RandomAccess.GetLength(handle), 1));
        }
        catch (UnauthorizedAccessException)
        {
            return FileOpening.Failed(InputFileState.Unreadable, "permission denied");
        }
        catch (IOException ex)
        {
            return FileOpening.Failed(InputFileState.Unreadable, ex.Message);
        }
    }

    public static FileOpening OpenBeneath(string root, string relativePath)
    {
        try
        {
            var realRoot = Path.TrimEndingDirectorySeparator(Resolve(Path.GetFullPath(root)));
            var full = Path.GetFullPath(Path.Combine(realRoot, Path.Combine(InputFiles.Parts(relativePath))));
            var real = Resolve(full);
            return real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
                ? Open(real)
                : FileOpening.Failed(InputFileState.OutsideFolder);
        }
        catch (IOException)
        {
            return FileOpening.Failed(InputFileState.LinkLoop);
        }
    }

    /// <summary>The path with every symbolic link on it followed.</summary>
    internal static string RealPath(string path) => Resolve(Path.GetFullPath(path));

    private static string Resolve(string path)
    {
        var current = Path.GetPathRoot(path)!;
        foreach (var part in path[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            current = info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : next;
        }

        return current;
    }
}
