using System.Text;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Assessments;
using ProcurementBaseline.Oscal.Writing;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>
/// Writes a submission's outputs in the formats asked for: the JSON contract, the PDF, and the HTML, Markdown and text
/// reports through the run's templates. Each output is complete or not written: a template that fails or goes past a
/// limit leaves no file, and its diagnostics say why.
/// </summary>
public static class AssessmentOutputs
{
    /// <summary>The formats a portfolio is also written in: the contract and the reports (OSCAL is per submission only).</summary>
    public static IReadOnlyList<(string Format, string Extension)> ReportFormats { get; } =
        [("json", "json"), ("pdf", "pdf"), ("html", "html"), ("md", "md"), ("text", "txt")];

    /// <summary>Every format, in the order they are written, with the file extension each takes.</summary>
    public static IReadOnlyList<(string Format, string Extension)> Formats { get; } =
        [.. ReportFormats, ("oscal", OscalResultsExtension)];

    /// <summary>The OSCAL format writes two documents: assessment results, and the plan of action and milestones.</summary>
    public const string OscalResultsExtension = "assessment-results.json";

    public const string OscalPoamExtension = "poam.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the outputs; with <paramref name="pdfPerBaseline"/> also one PDF per baseline (<c>{stem}~{baseline}.pdf</c>),
    /// so a reader who cares about one nation's baseline gets a report that starts with it.
    /// </summary>
    public static (List<string> Written, List<Diagnostic> Problems) Write(
        SubmissionAssessment assessment, IReadOnlySet<string> formats, ReportTemplateSet templates, CatalogLibrary catalogs, IOutputSink sink, string stem,
        bool pdfPerBaseline = false)
    {
        var written = new List<string>();
        var problems = new List<Diagnostic>();
        var report = new Lazy<Reports.GapReport>(() => assessment.Report(catalogs));
        var created = assessment.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var outputs = Formats.Where(f => formats.Contains(f.Format)).Select(f => (f.Format, Name: $"{stem}.{f.Extension}", Section: (Reports.BaselineSection?)null)).ToList();
        var oscal = new Lazy<AssessedSubmission>(() => new(assessment.Submission.Attestation!, Path.GetFileName(assessment.Json.Attestation.File), assessment.Evaluations, catalogs, assessment.AsOf));
        if (formats.Contains("oscal"))
        {
            outputs.Add(("oscal-poam", $"{stem}.{OscalPoamExtension}", null));
        }

        if (pdfPerBaseline && assessment.Evaluations.Count > 1)
        {
            outputs.AddRange(assessment.Evaluations.Select((e, i) => ("pdf", OutputNames.PerBaseline(stem, e.Baseline.Baseline.Id, "pdf"), (Reports.BaselineSection?)report.Value.Baselines[i])));
        }

        foreach (var (format, name, section) in outputs)
        {
            bool ok;
            try
            {
                ok = format switch
                {
                    "json" => sink.Write(name, stream => Bytes(stream, Utf8NoBom.GetBytes(AssessmentMapper.Serialize(assessment.Json)))),
                    "oscal" => sink.Write(name, stream => Bytes(stream, Utf8NoBom.GetBytes(OscalNodes.Serialize(AssessmentResultsExporter.Export(oscal.Value))))),
                    "oscal-poam" => sink.Write(name, stream => Bytes(stream, Utf8NoBom.GetBytes(OscalNodes.Serialize(PoamExporter.Export(oscal.Value))))),
                    // The PDF's creation date is the as-of date, so the same inputs give the same file.
                    "pdf" => sink.Write(name, stream => Bytes(stream, Pdf.GapReportPdf.Render(section is null ? report.Value : report.Value with { Baselines = [section] }, created))),
                    _ => sink.Write(name, stream =>
                    {
                        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
                        var errors = templates.Render(format, report.Value, writer);
                        writer.Flush();
                        problems.AddRange(errors);
                        return errors.Count == 0;
                    }),
                };
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A full disk or a folder that cannot be written: this output is not written, the rest are tried.
                problems.Add(Diagnostic.Create(DiagnosticCodes.OutputUnwritable, SourceLocation.WholeFile(name), name, ex.Message));
                ok = false;
            }

            if (ok)
            {
                written.Add(name);
            }
        }

        return (written, problems);
    }

    private static bool Bytes(Stream stream, byte[] bytes)
    {
        stream.Write(bytes);
        return true;
    }
}
