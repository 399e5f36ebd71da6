using ProcurementBaseline.Yaml.Nodes;

namespace ProcurementBaseline.Application.Standards;

/// <summary>
/// Parsed node trees of large standards files, kept between runs under the user's cache folder and found by the
/// sha256 of the file's bytes, so a changed file is never served from the cache. Only a file that parsed without a
/// single diagnostic is kept, so what a run reports is the same with the cache as without it; a cache file that
/// cannot be read is ignored and the file parsed. At most <see cref="MaxEntries"/> entries and <see cref="MaxTotalBytes"/>
/// are kept, the oldest removed; a file whose tree would be larger than <see cref="MaxEntryBytes"/> is not kept.
/// <c>PROCBASE_CACHE=off</c> turns it off; <c>PROCBASE_CACHE=&lt;folder&gt;</c> moves it.
/// </summary>
public sealed class ParsedYamlCache
{
    /// <summary>Smaller files parse about as fast as their cache entry is found.</summary>
    public const int MinimumFileBytes = 4 * 1024;

    public const int MaxEntries = 128;

    /// <summary>The largest entry read, and the most all entries together may take: the newest are kept.</summary>
    public const long MaxEntryBytes = 64L << 20;

    public const long MaxTotalBytes = 256L << 20;

    private ParsedYamlCache(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The cache the environment asks for, or null when it is off or there is no cache folder to put it in.</summary>
    public static ParsedYamlCache? FromEnvironment()
    {
        var setting = Environment.GetEnvironmentVariable("PROCBASE_CACHE");
        if (string.Equals(setting, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = !string.IsNullOrEmpty(setting) ? setting
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "procbase")
            : OperatingSystem.IsLinux() && home.Length > 0 ? Path.Combine(home, ".cache", "procbase")
            : OperatingSystem.IsMacOS() && home.Length > 0 ? Path.Combine(home, "Library", "Caches", "procbase")
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } local ? Path.Combine(local, "procbase", "cache")
            : null;
        return root is null ? null : new ParsedYamlCache(Path.Combine(Path.GetFullPath(root), "parsed-yaml-v1"));
    }

    public static ParsedYamlCache At(string folder) => new(Path.GetFullPath(folder));

    public YNode? Find(string sha256)
    {
        try
        {
            // Read the safe way, as any input: a FIFO or device placed in the cache folder is not read at all.
            return IO.InputFiles.ReadAll(Entry(sha256), MaxEntryBytes) is ({ } bytes, _) ? YNodeSnapshot.Read(bytes) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="root"/>; a cache that cannot be written is no error (the next run parses again).</summary>
    public void Keep(string sha256, YNode root)
    {
        try
        {
            var snapshot = YNodeSnapshot.Write(root);
            if (snapshot.Length > MaxEntryBytes)
            {
                return;
            }

            Directory.CreateDirectory(Folder);
            IO.AtomicFileWriter.Write(Entry(sha256), stream =>
            {
                stream.Write(snapshot);
                return true;
            });
            var entries = new DirectoryInfo(Folder).GetFiles("*.ynode").OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
            long kept = 0;
            for (var i = 0; i < entries.Count; i++)
            {
                kept += entries[i].Length;
                if (i >= MaxEntries || kept > MaxTotalBytes)
                {
                    entries[i].Delete();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another run pruning or writing at the same time, or a read-only home: the cache is only a saving.
        }
    }

    private string Entry(string sha256) => Path.Combine(Folder, $"{sha256}.ynode");
}
