namespace ProcurementBaseline.Attestations;

/// <summary>
/// The rule for evidence paths written in an attestation: relative, with '/' separators, and never climbing out of
/// the attestation's folder. Symbolic links are checked where files are read, since that needs the file system.
/// </summary>
public static class EvidencePaths
{
    /// <summary>Why a path is not allowed, or null when it is.</summary>
    public static string? WhyOutside(string path)
    {
        if (path.Length == 0)
        {
            return "is empty";
        }

        if (path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':') || path.Contains("://", StringComparison.Ordinal))
        {
            return "is absolute";
        }

        var depth = 0;
        foreach (var segment in path.Split('/', '\\'))
        {
            depth += segment switch
            {
                ".." => -1,
                "." or "" => 0,
                _ => 1,
            };
            if (depth < 0)
            {
                return "climbs out of the folder with '..'";
            }
        }

        return path.Contains('\0', StringComparison.Ordinal) ? "contains a NUL character" : null;
    }
}
