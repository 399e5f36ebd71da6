using System.Collections.Immutable;
using System.Text;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Reports;
using ProcurementBaseline.Reports.Tables;

namespace ProcurementBaseline.Application.Portfolio;

/// <summary>
/// The portfolio of a run over several submissions, for procurement teams: one row per submission (vendor, product,
/// verdict and score per baseline, its first must gaps, a link to its report), as portfolio.json and as HTML,
/// Markdown, text and PDF beside the submissions' own reports.
/// </summary>
public static class PortfolioReport
{
    /// <summary>Must gaps named per submission; the submission's own report lists every one.</summary>
    public const int GapsShown = 3;

    /// <summary>The format a portfolio row links to, the first of these the run writes.</summary>
    private static readonly string[] LinkFormats = ["html", "pdf", "md", "text"];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A submission's portfolio entry; <paramref name="assessment"/> is null when it was not assessed, and <paramref name="error"/> says why.</summary>
    public static PortfolioEntryJson Entry(string file, Attestation? attestation, SubmissionAssessment? assessment, string? error, string? outputs)
    {
        var evaluations = assessment?.Evaluations;
        return new PortfolioEntryJson(file, attestation?.Vendor.Name, attestation is null ? null : $"{attestation.Product.Name} {attestation.Product.Version}", error,
            evaluations?.ToDictionary(e => e.Baseline.Baseline.Id, e => AssessmentMapper.Word(e.Verdict), StringComparer.Ordinal),
            evaluations?.ToDictionary(e => e.Baseline.Baseline.Id, e => e.Overall.Share, StringComparer.Ordinal))
        {
            Outputs = outputs,
            TopGaps = evaluations is null ? null : [.. MustGaps(evaluations).Take(GapsShown)],
            MustGaps = evaluations?.ToDictionary(e => e.Baseline.Baseline.Id, e => e.Findings.Count(f => f.Priority == Priority.Must && !f.IsMet && f.Kind != FindingKind.NotApplicable), StringComparer.Ordinal),
        };
    }

    /// <summary>An entry for an input that could not be read at all (a missing file, a folder too deep).</summary>
    public static PortfolioEntryJson Unreadable(Diagnostic problem) => new(problem.Location.File, null, null, problem.Message, null, null);

    public static PortfolioJson Json(IReadOnlyList<PortfolioEntryJson> entries, DateOnly asOf) =>
        new(AssessmentJson.CurrentSchemaVersion, AssessmentMapper.Date(asOf), entries);

    /// <param name="entries">The submissions, in input order.</param>
    /// <param name="baselines">The baselines' ids, in the order the columns take.</param>
    /// <param name="asOf">The run's as-of date.</param>
    /// <param name="reportExtension">The format each submission's link opens (html, pdf, md or txt), or null for no links.</param>
    public static TableReport Table(IReadOnlyList<PortfolioEntryJson> entries, IReadOnlyList<string> baselines, DateOnly asOf, string? reportExtension)
    {
        var assessed = entries.Count(e => e.Error is null);
        var passing = entries.Count(e => e.Verdicts is { Count: > 0 } v && v.Values.All(x => x == "pass"));
        var rows = entries.Select(e => (ImmutableArray<TableCell>)[
            new(e.File, e.Outputs is { } stem && reportExtension is { } ext ? $"{stem}.{ext}" : null),
            new(e.Vendor ?? "-"),
            new(e.Product ?? "-"),
            .. baselines.Select(b => new TableCell(e.Error is { } error ? $"not assessed: {error}" : e.Verdicts?.GetValueOrDefault(b) is { } verdict
                ? $"{verdict.ToUpperInvariant()} {Percent(e.Scores![b])}{(e.MustGaps?.GetValueOrDefault(b) is > 0 and var gaps ? $", {gaps} must gap{(gaps == 1 ? "" : "s")}" : "")}"
                : "-")),
            new(e.TopGaps is { Count: > 0 } top ? string.Join(", ", top) : e.Error is null ? "none" : "-"),
        ]).ToImmutableArray();
        var section = new TableSection("Submissions", [],
            ["Submission", "Vendor", "Product", .. baselines, $"First must gaps (up to {GapsShown})"], rows)
        {
            Interactive = entries.Count > 10,
        };
        return new TableReport($"Portfolio, as of {AssessmentMapper.Date(asOf)}",
            [$"{entries.Count} submissions against {string.Join(", ", baselines)}: {assessed} assessed, {passing} passing every baseline, {entries.Count - assessed} not assessed."],
            [section]);
    }

    /// <summary>Writes portfolio.json and the portfolio report in each of <paramref name="formats"/> that a portfolio has (html, md, text, pdf).</summary>
    public static (List<string> Written, List<Diagnostic> Problems) Write(
        IReadOnlyList<PortfolioEntryJson> entries, IReadOnlyList<string> baselines, DateOnly asOf, IReadOnlySet<string> formats, IOutputSink sink)
    {
        var written = new List<string>();
        var problems = new List<Diagnostic>();
        var link = LinkFormats.FirstOrDefault(formats.Contains) is { } f ? (f == "text" ? "txt" : f) : null;
        var table = new Lazy<TableReport>(() => Table(entries, baselines, asOf, link));
        foreach (var (format, extension) in AssessmentOutputs.ReportFormats.Where(f => f.Format == "json" || formats.Contains(f.Format)))
        {
            var name = $"portfolio.{extension}";
            try
            {
                var bytes = format switch
                {
                    "json" => Utf8NoBom.GetBytes(ApplicationJson.Serialize(Json(entries, asOf))),
                    "pdf" => Pdf.TableReportPdf.Render(table.Value, asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
                    _ => Utf8NoBom.GetBytes(TableReportWriter.Write(table.Value, format)),
                };
                if (sink.Write(name, stream =>
                {
                    stream.Write(bytes);
                    return true;
                }))
                {
                    written.Add(name);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(Diagnostic.Create(DiagnosticCodes.OutputUnwritable, SourceLocation.WholeFile(name), name, ex.Message));
            }
        }

        return (written, problems);
    }

    private static IEnumerable<string> MustGaps(IReadOnlyList<BaselineEvaluation> evaluations) => evaluations
        .SelectMany(e => e.Findings)
        .Where(f => f.Priority == Priority.Must && !f.IsMet && f.Kind != FindingKind.NotApplicable)
        .Select(f => f.Control.ToString())
        .Distinct(StringComparer.Ordinal);

    private static string Percent(double share) => Evaluation.Score.Percent(share);
}
