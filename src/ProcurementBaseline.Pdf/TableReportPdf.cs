using ProcurementBaseline.Pdf.Fonts;
using ProcurementBaseline.Pdf.Layout;
using ProcurementBaseline.Reports;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Pdf;

/// <summary>A table report (a portfolio, a comparison) as a PDF; a table too wide for the page is split, its naming columns repeated.</summary>
public static class TableReportPdf
{
    /// <summary>The most columns one printed table takes on an A4 page, the frozen ones included.</summary>
    public const int MaxColumns = 8;

    private static readonly Lazy<ReportFonts> Fonts = new(ReportFonts.Load);

    /// <param name="report">The report.</param>
    /// <param name="created">The creation date written into the PDF; fix it for reproducible files.</param>
    public static byte[] Render(TableReport report, DateTime? created) => PdfWriter.Write(Spec(report, created), Fonts.Value);

    public static DocumentSpec Spec(TableReport report, DateTime? created)
    {
        var blocks = new List<Block> { new Heading(Visible(report.Title), 1) };
        blocks.AddRange(report.Preamble.Select(p => new Paragraph(Visible(p))));
        foreach (var section in report.Sections)
        {
            blocks.Add(new Heading(Visible(section.Heading), 2));
            blocks.AddRange(section.Notes.Select(n => new Paragraph(Visible(n))));
            var frozen = Math.Min(section.FrozenColumns, section.Headers.Length);
            var rest = Enumerable.Range(frozen, section.Headers.Length - frozen).ToList();
            var perPart = Math.Max(1, MaxColumns - frozen);
            for (var start = 0; start < Math.Max(1, rest.Count); start += perPart)
            {
                List<int> columns = [.. Enumerable.Range(0, frozen), .. rest.Skip(start).Take(perPart)];
                var frozenShare = frozen == 0 ? 0f : Math.Min(0.45f, 0.18f * frozen);
                var otherShare = columns.Count == frozen ? 0f : (1f - frozenShare) / (columns.Count - frozen);
                blocks.Add(new Table(
                    [.. columns.Select(i => Visible(section.Headers[i]))],
                    [.. section.Rows.Select(r => (IReadOnlyList<string>)[.. columns.Select(i => Visible(r[i].Text))])],
                    [.. columns.Select(i => i < frozen ? (frozenShare == 0 ? 1f : frozenShare / frozen) : otherShare)]));
            }
        }

        var title = Visible(report.Title);
        return new DocumentSpec(title, title, title, created, blocks);
    }

    private static string Visible(string text) => VisibleText.Escape(text, keepLineBreaks: true);
}
