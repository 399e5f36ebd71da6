using System.Collections.Concurrent;
using System.Text;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Reports;
using ProcurementBaseline.Reports.Templates;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>
/// The gap report templates of a run: an agency's folder given with --templates, where each template it holds
/// replaces the shipped one and those it lacks are inherited; else the nearest templates/ folder above the working
/// directory; else the copies shipped with the tool. Each template is read and parsed once per run, and shared by
/// submissions assessed at once.
/// </summary>
public sealed class ReportTemplateSet
{
    /// <summary>The largest template file read.</summary>
    public const long MaxTemplateBytes = 4L << 20;

    private readonly string? _agency;
    private readonly string _shipped;
    private readonly string _workingDirectory;
    private readonly ConcurrentDictionary<string, Lazy<(ReportTemplate? Template, IReadOnlyList<Diagnostic> Errors)>> _parsed = new(StringComparer.Ordinal);

    public ReportTemplateSet(string? agencyFolder, string workingDirectory)
    {
        _workingDirectory = workingDirectory;
        _agency = agencyFolder is null ? null : Path.GetFullPath(agencyFolder, workingDirectory);
        _shipped = Locate(workingDirectory);
    }

    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;

    /// <summary>Problems with the agency folder itself: one that does not exist, or that holds none of the templates.</summary>
    public IReadOnlyList<Diagnostic> CheckFolder()
    {
        if (_agency is null)
        {
            return [];
        }

        var shown = DisplayPaths.For(_agency, _workingDirectory);
        if (!Directory.Exists(_agency))
        {
            return [Diagnostic.Create(DiagnosticCodes.PathNotFound, SourceLocation.WholeFile(shown), shown)];
        }

        return ReportTemplate.FileNames.Values.Any(f => File.Exists(Path.Combine(_agency, f)))
            ? []
            : [Diagnostic.Create(DiagnosticCodes.TemplateMissing, SourceLocation.WholeFile(shown), string.Join(", ", ReportTemplate.FileNames.Values), shown)];
    }

    /// <summary>Renders the report in one format into <paramref name="output"/>; the template's problems when it cannot.</summary>
    public IReadOnlyList<Diagnostic> Render(string format, GapReport report, TextWriter output)
    {
        var (template, errors) = _parsed.GetOrAdd(format, f => new Lazy<(ReportTemplate?, IReadOnlyList<Diagnostic>)>(() => Load(f))).Value;
        return template is null ? errors : template.Render(report, output, Limits);
    }

    private (ReportTemplate?, IReadOnlyList<Diagnostic>) Load(string format)
    {
        var name = ReportTemplate.FileNames[format];
        var path = _agency is not null && File.Exists(Path.Combine(_agency, name)) ? Path.Combine(_agency, name) : Path.Combine(_shipped, name);
        var shown = DisplayPaths.For(path, _workingDirectory);
        var (bytes, opening) = InputFiles.ReadAll(path, MaxTemplateBytes);
        if (bytes is null)
        {
            return (null, [opening.State == InputFileState.Missing
                ? Diagnostic.Create(DiagnosticCodes.TemplateMissing, SourceLocation.WholeFile(shown), name, DisplayPaths.For(Path.GetDirectoryName(path)!, _workingDirectory))
                : Diagnostic.Create(DiagnosticCodes.NotAnInputFile, SourceLocation.WholeFile(shown), shown, opening.Describe())]);
        }

        return ReportTemplate.Parse(Encoding.UTF8.GetString(bytes), shown, format);
    }

    /// <summary>The shipped templates: the nearest templates/ folder above the working directory, else the copy beside the tool.</summary>
    public static string Locate(string workingDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, ReportTemplate.FileNames["html"])))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
