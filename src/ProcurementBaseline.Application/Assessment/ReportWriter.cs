using System.Collections.Concurrent;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Reports;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>
/// Renders gap reports through the templates of one folder: an agency's own copies given with --templates, else the
/// nearest templates/ folder above the working directory, else the copies shipped with the tool. Each template is
/// read once per run; submissions assessed at once share it.
/// </summary>
public sealed class ReportWriter
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, string?> _texts = new(StringComparer.Ordinal);

    public ReportWriter(string? given, string workingDirectory)
    {
        _folder = given is not null ? Path.GetFullPath(given, workingDirectory) : Locate(workingDirectory);
    }

    public static string Locate(string workingDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, ReportTemplates.FileNames["html"])))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "templates");
    }

    /// <summary>The report in one format, or the template's problems.</summary>
    public (string? Text, IReadOnlyList<Diagnostic> Errors) Render(string format, GapReport report, string workingDirectory)
    {
        var path = Path.Combine(_folder, ReportTemplates.FileNames[format]);
        var shown = IO.DisplayPaths.For(path, workingDirectory);
        var text = _texts.GetOrAdd(format, _ => File.Exists(path) ? File.ReadAllText(path) : null);

        return text is null
            ? (null, [Diagnostic.Create(DiagnosticCodes.TemplateMissing, SourceLocation.WholeFile(shown), ReportTemplates.FileNames[format], _folder)])
            : ReportTemplates.Render(text, shown, report);
    }
}
