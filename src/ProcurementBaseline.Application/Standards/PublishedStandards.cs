using System.Security.Cryptography;
using System.Text;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Application.Standards;

/// <summary>One file of a standards folder as published in a registry's database: its path below the folder, sha256 and bytes.</summary>
public sealed record PublishedFile(string Path, string Sha256, byte[] Content);

/// <summary>
/// Standards kept in the registry's database rather than read from the tool's folder, so that one database publishes
/// them and others receive them by PostgreSQL logical replication. A server started on them writes them out to a folder
/// named by their release hash (each file's hash and path checked: the rows may come from elsewhere) and loads that.
/// </summary>
public static class PublishedStandards
{
    public const int MaxPathLength = 400;

    /// <summary>The files the loader reads from a standards folder, as rows to publish, in path order.</summary>
    public static IReadOnlyList<PublishedFile> From(string root)
    {
        var files = StandardsFiles.Enumerate([root], new List<string>());
        return [.. files.OrderBy(f => f.BelowRoot, StringComparer.Ordinal).Select(f =>
        {
            var content = File.ReadAllBytes(f.FullPath);
            return new PublishedFile(f.BelowRoot.Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(content)), content);
        })];
    }

    /// <summary>What names a set of published files: the sha256 over every path and file hash, in path order.</summary>
    public static string Release(IReadOnlyList<PublishedFile> files) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => $"{f.Path}\0{f.Sha256}\n")))));

    /// <summary>
    /// Publishes a folder's standards to the database, replacing those it held, in one audited transaction. The bytes
    /// published must be those <paramref name="checkedSet"/> was loaded from: a file changed or removed since is named,
    /// and nothing is published.
    /// </summary>
    public static async Task<(int Files, string Release, string? Problem)> Publish(IRegistryStore store, string root, StandardsSet checkedSet, string actor, DateTimeOffset at, CancellationToken cancel)
    {
        var files = From(root);
        var loaded = checkedSet.Inputs.ToDictionary(i => i.File.Replace('\\', '/'), i => i.Sha256, StringComparer.Ordinal);
        if (files.FirstOrDefault(f => loaded.GetValueOrDefault(f.Path) != f.Sha256) is { } changed)
        {
            return (0, "", $"'{Text.VisibleText.Escape(changed.Path)}' changed after it was checked; nothing was published");
        }

        if (files.Count != loaded.Count)
        {
            return (0, "", $"{loaded.Count - files.Count} of the checked files are gone; nothing was published");
        }

        var release = Release(files);
        await store.Publish(files, new AuditEvent(Timestamps.Truncate(at), actor, "standards.publish", release, $"{files.Count} files"), cancel);
        return (files.Count, release, null);
    }

    /// <summary>
    /// The database's standards written out under <paramref name="dataFolder"/> (once per release), or why they cannot be:
    /// none published, a file whose bytes do not match its hash, a path that would leave the folder.
    /// </summary>
    public static async Task<(string? Folder, IReadOnlyList<string> Problems)> Materialise(IRegistryStore store, string dataFolder, CancellationToken cancel)
    {
        var files = await store.PublishedStandards(cancel);
        if (files.Count == 0)
        {
            return (null, ["the database holds no published standards: run procbase db publish-standards against it (or its publisher)"]);
        }

        var problems = files.Select(Check).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var folder = Path.Combine(dataFolder, "published-standards", Release(files)[..16]);
        if (Directory.Exists(folder))
        {
            return (folder, []);
        }

        // Written whole beside the final folder and renamed into place, so a folder that exists is complete.
        var partial = Directory.CreateDirectory(folder + ".partial-" + Guid.NewGuid().ToString("N")[..8]).FullName;
        foreach (var file in files)
        {
            var path = Path.Combine(partial, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content, cancel);
        }

        try
        {
            Directory.Move(partial, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(partial, recursive: true); // another server on this data folder wrote the same release first
        }

        return (folder, []);
    }

    private static string? Check(PublishedFile file)
    {
        var shown = Text.VisibleText.Escape(file.Path.Length > 120 ? file.Path[..120] + "…" : file.Path);
        var segments = file.Path.Split('/');
        if (file.Path.Length is 0 or > MaxPathLength || file.Path.Any(char.IsControl) || file.Path.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(file.Path)
            || segments.Any(s => s is "" or "." or ".."))
        {
            return $"published file '{shown}': not a relative path inside the standards folder";
        }

        return Convert.ToHexStringLower(SHA256.HashData(file.Content)) == file.Sha256 ? null : $"published file '{shown}': its bytes do not match its sha256";
    }
}
