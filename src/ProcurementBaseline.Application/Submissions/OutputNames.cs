using System.Text;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// The names a submission's outputs take, made only of letters, digits, '.', '-' and '_' so that no name from an
/// input can reach another folder; clashes within a run are resolved by <see cref="Claim"/>.
/// </summary>
public static class OutputNames
{
    private const int MaxLength = 120;

    /// <summary>A file given on its own: its name, or its folder's when it is the usual attestation.yaml.</summary>
    public static string ForFile(string path) =>
        Sanitise(Path.GetFileNameWithoutExtension(path) is "attestation" ? Path.GetFileName(Path.GetDirectoryName(path)) ?? "attestation" : Path.GetFileNameWithoutExtension(path));

    /// <summary>A file found in a folder: its path below the folder, '--' between parts, attestation.yaml named after its own folder.</summary>
    public static string ForFolderMember(string folder, string path)
    {
        var parts = Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).ToList();
        parts[^1] = Path.GetFileNameWithoutExtension(parts[^1]);
        if (parts[^1] == "attestation")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return parts.Count == 0 ? ForFile(path) : Sanitise(string.Join("--", parts));
    }

    /// <summary>
    /// Takes <paramref name="stem"/> for a submission unless an earlier one has it, in which case the next free
    /// <c>stem~2</c>, <c>stem~3</c>… Returns the name taken.
    /// </summary>
    public static string Claim(string stem, HashSet<string> taken)
    {
        if (taken.Add(stem))
        {
            return stem;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}~{n}";
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// A submission's output for one baseline: <c>{stem}~{baseline}.{extension}</c>. A submission's own stem has a '~'
    /// only before the digits <see cref="Claim"/> adds, and the baseline part never starts with a digit, so no input can
    /// name a file that takes another's place.
    /// </summary>
    public static string PerBaseline(string stem, string baselineId, string extension)
    {
        var baseline = Sanitise(baselineId);
        return $"{stem}~{(char.IsAsciiDigit(baseline[0]) || baseline[0] == '_' ? "b" : "")}{baseline}.{extension}";
    }

    internal static string Sanitise(string name)
    {
        var text = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (var c in name)
        {
            if (text.Length == MaxLength)
            {
                break;
            }

            text.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        var result = text.ToString().Trim('.');
        return result.Length == 0 || result == "portfolio" ? $"_{result}" : result;
    }
}
