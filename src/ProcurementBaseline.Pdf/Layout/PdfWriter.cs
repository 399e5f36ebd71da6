using ProcurementBaseline.Pdf.Fonts;
using ProcurementBaseline.Pdf.Text;
using SkiaSharp;
using static ProcurementBaseline.Pdf.Layout.PageGeometry;

namespace ProcurementBaseline.Pdf.Layout;

/// <summary>
/// Lays blocks out on A4 pages and writes them with SkiaSharp's PDF backend. Text goes through a
/// <see cref="Typesetter"/> (per-character font fallback, HarfBuzz shaping, subset fonts, extractable glyph runs).
/// Layout runs once into draw operations per page; the pages are then drawn knowing their total, for "Page N of M".
/// Each heading leaves a named destination, and the outline (bookmarks) is appended to point at them.
/// </summary>
public static class PdfWriter
{
    public static byte[] Write(DocumentSpec spec, ReportFonts fonts)
    {
        using var typesetter = new Typesetter(fonts, Texts(spec));
        var paginator = new Paginator(typesetter);
        var pages = paginator.Lay(spec.Blocks);
        var header = typesetter.Fit(spec.RunningHeader, PageWidth - (2 * Margin), 8, bold: false);

        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = spec.Title,
            Subject = spec.Subject,
            Creator = "procbase",
            Producer = "procbase (SkiaSharp PDF)",
            Creation = spec.Created ?? DateTime.MinValue,
            Modified = spec.Created ?? DateTime.MinValue,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                var painter = new Painter(canvas, typesetter);
                painter.Text(header, Margin, Margin, 8, bold: false, SKColors.DimGray);
                painter.Line(Margin, Margin + 5, PageWidth - Margin, Margin + 5, SKColors.LightGray);
                foreach (var op in pages[i])
                {
                    op(painter);
                }

                var footer = $"Page {i + 1} of {pages.Count}";
                painter.Text(footer, (PageWidth - typesetter.Width(footer, 8, false)) / 2, PageHeight - Margin + 10, 8, bold: false, SKColors.DimGray);
                document.EndPage();
            }

            document.Close();
        }

        return PdfOutline.Append(stream.ToArray(), paginator.Outline);
    }

    private static IEnumerable<string> Texts(DocumentSpec spec) => spec.Blocks.SelectMany(b => b switch
    {
        Heading h => [h.Text],
        Paragraph p => [p.Text],
        KeyValues kv => kv.Items.SelectMany(i => new[] { i.Key, i.Value }),
        Table t => t.Headers.Concat(t.Rows.SelectMany(r => r)),
        BarChart c => c.Items.Select(i => i.Key).Append("0123456789%"),
        _ => [],
    }).Append(spec.RunningHeader).Append("Page 0123456789 of…");
}
