namespace ProcurementBaseline.Application.Drafts;

/// <summary>Where an uploaded file is kept in a draft: under evidence/, named from the uploaded name with only safe characters.</summary>
public static class DraftPaths
{
    public const string Folder = "evidence";
    private const int MaxNameLength = 100;

    /// <summary>"evidence/threat-model.pdf" for "../Threat model.pdf": letters, digits, '.', '-' and '_' kept, the rest '-'.</summary>
    public static string ForUpload(string fileName)
    {
        var name = fileName.Replace('\\', '/').Split('/')[^1];
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]).Trim('.', '-');
        if (safe.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(MaxNameLength - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return $"{Folder}/{(safe.Length == 0 ? "file" : safe)}";
    }

    /// <summary>The path, or the same with "-2", "-3"… before its extension, so no upload replaces another.</summary>
    public static string Unused(string path, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        var candidate = path;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{stem}-{n}{extension}";
        }

        return candidate;
    }
}
