using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// Expands the attestation arguments of a run: a file is taken as given; a folder is searched for YAML files whose
/// kind is attestation, without following symbolic links (so a link cannot lead the search out of the folder or
/// round it), at most <see cref="MaxDepth"/> folders deep. A path that does not exist is an error, so a run that
/// names a missing input can never pass.
/// </summary>
public static class SubmissionDiscovery
{
    public const int MaxDepth = 32;

    private const int KindProbeBytes = 4096;

    public static (List<SubmissionInput> Inputs, List<Diagnostic> Problems) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var inputs = new List<SubmissionInput>();
        var problems = new List<Diagnostic>();
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument, workingDirectory);
            var shown = DisplayPaths.For(full, workingDirectory);
            if (Directory.Exists(full))
            {
                var found = new List<string>();
                Search(full, full, 0, found, problems, workingDirectory);
                inputs.AddRange(found.Order(StringComparer.Ordinal).Select(f => new SubmissionInput(f, OutputNames.ForFolderMember(full, f), Joined(argument, Path.GetRelativePath(full, f)))));
            }
            else if (File.Exists(full))
            {
                inputs.Add(new SubmissionInput(full, OutputNames.ForFile(full), argument.Replace('\\', '/')));
            }
            else
            {
                var why = new FileInfo(full).LinkTarget is { } target ? $"is a symbolic link to '{target}', which does not exist or loops" : "does not exist";
                problems.Add(Diagnostic.Create(DiagnosticCodes.PathNotFound, SourceLocation.WholeFile(argument.Replace('\\', '/')), argument) with { Message = $"path '{argument}' {why}" });
            }
        }

        return (inputs, problems);
    }

    private static string Joined(string folder, string below) => $"{folder.Replace('\\', '/').TrimEnd('/')}/{below.Replace('\\', '/')}";

    private static void Search(string root, string folder, int depth, List<string> found, List<Diagnostic> problems, string workingDirectory)
    {
        if (depth > MaxDepth)
        {
            problems.Add(Diagnostic.Create(DiagnosticCodes.FolderTooDeep, SourceLocation.WholeFile(DisplayPaths.For(folder, workingDirectory)), DisplayPaths.For(folder, workingDirectory), MaxDepth, DisplayPaths.For(root, workingDirectory)));
            return;
        }

        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Create(DiagnosticCodes.FolderUnreadable, SourceLocation.WholeFile(DisplayPaths.For(folder, workingDirectory)), DisplayPaths.For(folder, workingDirectory), ex.Message));
            return;
        }

        foreach (var entry in entries)
        {
            var isYaml = entry.Name.EndsWith(".yaml", StringComparison.Ordinal) || entry.Name.EndsWith(".yml", StringComparison.Ordinal);
            if (entry.LinkTarget is not null)
            {
                if (isYaml)
                {
                    var shown = DisplayPaths.For(entry.FullName, workingDirectory);
                    problems.Add(Diagnostic.Create(DiagnosticCodes.LinkNotFollowed, SourceLocation.WholeFile(shown), shown));
                }

                continue;
            }

            if (entry is DirectoryInfo)
            {
                Search(root, entry.FullName, depth + 1, found, problems, workingDirectory);
            }
            else if (isYaml && IsAttestation(entry.FullName))
            {
                found.Add(entry.FullName);
            }
        }
    }

    /// <summary>Whether the file's first lines say <c>kind: attestation</c>; only a regular file's first 4 KiB are read.</summary>
    private static bool IsAttestation(string path)
    {
        var opening = InputFiles.Open(path);
        if (opening.File is not { } file)
        {
            return false;
        }

        using (file)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.ReadHead(KindProbeBytes));
            return text.Split('\n').Take(20).Select(l => l.TrimEnd('\r')).Any(l => l.StartsWith("kind:", StringComparison.Ordinal) && l[5..].Trim() == AttestationYamlReader.Kind);
        }
    }
}
