namespace ProcurementBaseline.Application.IO;

/// <summary>
/// Opens input files safely: only regular files are opened for reading, FIFOs and devices are recognised without
/// blocking on them, and a path inside a folder is resolved strictly beneath it, every symbolic link on the way
/// checked, so no link can lead out of the folder or round in a loop. On Linux and macOS this uses open(2) and
/// openat(2) with O_NOFOLLOW and O_NONBLOCK, so what is checked is what is read; elsewhere it falls back to path checks.
/// </summary>
public static class InputFiles
{
    /// <summary>The most symbolic links followed while resolving one path, as Linux's own limit.</summary>
    public const int MaxLinks = 40;

    /// <summary>Opens a path the user gave (its links are the user's to follow), if it is a regular file.</summary>
    public static FileOpening Open(string path) =>
        OperatingSystem.IsWindows() ? PortableInputFiles.Open(path) : UnixInputFiles.Open(path);

    /// <summary>Opens <paramref name="relativePath"/> strictly beneath <paramref name="root"/>, if it is a regular file there.</summary>
    public static FileOpening OpenBeneath(string root, string relativePath) =>
        OperatingSystem.IsWindows() ? PortableInputFiles.OpenBeneath(root, relativePath) : UnixInputFiles.OpenBeneath(root, relativePath);

    /// <summary>Reads a file the user gave, whole, if it is regular and at most <paramref name="maxBytes"/> long.</summary>
    public static (byte[]? Bytes, FileOpening Opening) ReadAll(string path, long maxBytes)
    {
        var opening = Open(path);
        if (opening.File is not { } file)
        {
            return (null, opening);
        }

        using (file)
        {
            try
            {
                return file.ReadAll(maxBytes) is { } bytes
                    ? (bytes, opening)
                    : (null, FileOpening.Failed(InputFileState.TooLarge, $"over the {maxBytes:N0}-byte limit"));
            }
            catch (IOException ex)
            {
                return (null, FileOpening.Failed(InputFileState.Unreadable, ex.Message));
            }
        }
    }

    /// <summary>The path's parts, '/' and '\' both separating them, as evidence paths are written on any system.</summary>
    internal static string[] Parts(string relativePath) => relativePath.Split('/', '\\');
}
