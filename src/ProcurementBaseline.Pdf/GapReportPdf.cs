using System.Globalization;
using ProcurementBaseline.Pdf.Fonts;
using ProcurementBaseline.Pdf.Layout;
using ProcurementBaseline.Reports;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Pdf;

/// <summary>The gap report as a PDF: the same sections as the HTML, laid out for print.</summary>
public static class GapReportPdf
{
    private static readonly Lazy<ReportFonts> Fonts = new(ReportFonts.Load);

    /// <param name="report">The report.</param>
    /// <param name="created">The creation date written into the PDF; fix it for reproducible files.</param>
    public static byte[] Render(GapReport report, DateTime? created) =>
        PdfWriter.Write(Spec(report, created), Fonts.Value);

    public static DocumentSpec Spec(GapReport report, DateTime? created)
    {
        var title = $"Gap report: {report.Vendor}, {report.Product} {report.ProductVersion}";
        var blocks = new List<Block>
        {
            new Heading(title, 1),
            new KeyValues([
                new("Vendor", report.VendorId is { } id ? $"{report.Vendor} ({id})" : report.Vendor),
                new("Product", $"{report.Product} {report.ProductVersion}"),
                new("Attestation", $"signed {report.AttestationDate} by {report.Signatory}"),
                new("Assessed", $"as of {report.AsOf}, procbase {report.ToolVersion}"),
            ]),
            new Heading("Executive summary", 2),
            SummaryTable(report),
        };
        foreach (var b in report.Baselines)
        {
            blocks.Add(new Heading($"{b.Title}: {b.Verdict.ToUpperInvariant()}", 2));
            blocks.AddRange(b.Reasons.Select(r => new Paragraph(r)));
            blocks.Add(new BarChart([.. b.ByNation.Concat(b.ByCatalog).Select(s => new KeyValuePair<string, double>($"{s.Scope} ({s.Met}/{s.Required})", s.Share))]));
            if (b.Gaps.Count > 0)
            {
                blocks.Add(new Heading($"Gaps ({b.Gaps.Count})", 3));
                blocks.Add(b.AnyDue
                    ? new Table(["Control", "Finding", "Reason", "To close it", "Due"],
                        [.. b.Gaps.Select(g => (IReadOnlyList<string>)[GapControl(g), g.Finding, g.Reason, g.Remediation ?? "", g.Due ?? ""])],
                        [0.19f, 0.11f, 0.29f, 0.29f, 0.12f])
                    : new Table(["Control", "Finding", "Reason", "To close it"],
                        [.. b.Gaps.Select(g => (IReadOnlyList<string>)[GapControl(g), g.Finding, g.Reason, g.Remediation ?? ""])],
                        [0.21f, 0.13f, 0.33f, 0.33f]));
            }

            if (b.Inferred.Count > 0)
            {
                blocks.Add(new Heading($"Coverage carried through mappings ({b.Inferred.Count})", 3));
                blocks.Add(new Table(["Control", "How"], [.. b.Inferred.Select(f => (IReadOnlyList<string>)[f.Control, $"{f.Finding} {f.Path}"])], [0.3f, 0.7f]));
            }
        }

        blocks.Add(new Heading("Plan of action and milestones", 2));
        blocks.Add(report.Poam.Count == 0
            ? new Paragraph("No plans of action.")
            : new Table(["Due", "Control", "Milestone"], [.. report.Poam.Select(p => (IReadOnlyList<string>)[p.Overdue ? $"{p.Due} (overdue)" : p.Due, p.Control, p.Milestone])], [0.15f, 0.35f, 0.5f]));
        blocks.Add(new Heading("Evidence register", 2));
        blocks.Add(new Table(["Evidence", "Location", "Expires", "State", "Claims"],
            [.. report.Evidence.Select(e => (IReadOnlyList<string>)[e.Title, e.Location, e.Expires ?? "", e.State, e.Claims.ToString(CultureInfo.InvariantCulture)])],
            [0.3f, 0.3f, 0.12f, 0.18f, 0.1f]));
        blocks.Add(new Heading("Appendix: catalogs, sources and licences", 2));
        blocks.Add(new Table(["Catalog", "Fidelity", "Licence and attribution"],
            [.. report.Catalogs.Select(c => (IReadOnlyList<string>)[$"{c.Reference}\n{c.Title}", c.Fidelity, $"{c.Licence} {c.Attribution}"])], [0.3f, 0.12f, 0.58f]));
        blocks.Add(new Heading("Reproducibility", 2));
        blocks.Add(new Paragraph($"procbase {report.ToolVersion}, as of {report.AsOf}. Attestation {report.AttestationFile}, sha256 {report.AttestationSha256}.", Small: true));
        if (report.Bundle is { } bundle)
        {
            blocks.Add(new Paragraph(bundle, Small: true));
        }
        blocks.Add(new Table(["Input", "sha256"], [.. report.Inputs.Select(i => (IReadOnlyList<string>)[i.File, i.Sha256])], [0.45f, 0.55f]));
        var shown = Visible(title);
        return new DocumentSpec(shown, Visible($"Gap report against {string.Join(", ", report.Baselines.Select(b => b.Id))}"), shown, created, [.. blocks.Select(Visible)]);
    }

    private static string GapControl(GapRow g) => $"{g.Control} ({g.Priority})\n{g.Title}" + (g.LocalTitle is { } local ? $"\n{local}" : "");

    /// <summary>Control characters from the inputs drawn as <c>\u001b</c>, not as missing-glyph boxes or not at all; paragraph breaks kept.</summary>
    private static string Visible(string text) => VisibleText.Escape(text, keepLineBreaks: true);

    private static Block Visible(Block block) => block switch
    {
        Heading h => h with { Text = Visible(h.Text) },
        Paragraph p => p with { Text = Visible(p.Text) },
        KeyValues kv => new KeyValues([.. kv.Items.Select(i => new KeyValuePair<string, string>(Visible(i.Key), Visible(i.Value)))]),
        Table t => t with { Headers = [.. t.Headers.Select(Visible)], Rows = [.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Visible)])] },
        BarChart c => new BarChart([.. c.Items.Select(i => new KeyValuePair<string, double>(Visible(i.Key), i.Value))]),
        _ => block,
    };

    /// <summary>One column per baseline and one row per measure, so the finding names read whole however many baselines there are.</summary>
    private static Table SummaryTable(GapReport report)
    {
        var baselines = report.Baselines;
        List<IReadOnlyList<string>> rows =
        [
            ["Verdict", .. baselines.Select(b => b.Verdict.ToUpperInvariant())],
            ["Score", .. baselines.Select(b => Percent(b.Score))],
        ];
        rows.AddRange(baselines[0].Counts.Select((c, i) => (IReadOnlyList<string>)[c.Finding, .. baselines.Select(b => b.Counts[i].Count.ToString(CultureInfo.InvariantCulture))]));
        return new Table(["", .. baselines.Select(b => b.Id)], rows, [0.2f, .. Enumerable.Repeat(0.8f / baselines.Count, baselines.Count)]);
    }

    private static string Percent(double share) => Evaluation.Score.Percent(share);
}
