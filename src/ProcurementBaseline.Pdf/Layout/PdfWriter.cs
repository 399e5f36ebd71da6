using ProcurementBaseline.Pdf.Fonts;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ProcurementBaseline.Pdf.Layout;

/// <summary>
/// Lays blocks out on A4 pages and writes them with SkiaSharp's PDF backend. Text is shaped with HarfBuzz and drawn
/// as glyph runs with their text, so it stays extractable. Layout runs once into draw operations per page; the
/// pages are then drawn knowing their total, for "Page N of M". The fonts are subset to the characters used.
/// </summary>
public static class PdfWriter
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 48f;
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float Top = Margin + 18f;
    private const float Bottom = PageHeight - Margin - 14f;

    public static byte[] Write(DocumentSpec spec, ReportFonts fonts)
    {
        var characters = Characters(spec);
        using var regularFace = ReportFonts.Subset(fonts.Regular, characters);
        using var boldFace = ReportFonts.Subset(fonts.Bold, characters);
        using var measureRegular = ReportFonts.Whole(fonts.Regular);
        using var measureBold = ReportFonts.Whole(fonts.Bold);
        var pages = new Paginator(new Metrics(measureRegular, measureBold)).Lay(spec.Blocks);

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
            // Shape with the subsets too: the text blob takes the shaper's typeface, and that is the font Skia embeds.
            using var regularShaper = new SKShaper(regularFace);
            using var boldShaper = new SKShaper(boldFace);
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                var painter = new Painter(canvas, regularFace, boldFace, regularShaper, boldShaper);
                painter.Text(spec.RunningHeader, Margin, Margin, 8, bold: false, SKColors.DimGray);
                painter.Line(Margin, Margin + 5, PageWidth - Margin, Margin + 5, SKColors.LightGray);
                foreach (var op in pages[i])
                {
                    op(painter);
                }

                var footer = $"Page {i + 1} of {pages.Count}";
                painter.Text(footer, (PageWidth - painter.Width(footer, 8, false)) / 2, PageHeight - Margin + 10, 8, bold: false, SKColors.DimGray);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static IEnumerable<int> Characters(DocumentSpec spec)
    {
        var texts = spec.Blocks.SelectMany(b => b switch
        {
            Heading h => [h.Text],
            Paragraph p => [p.Text],
            KeyValues kv => kv.Items.SelectMany(i => new[] { i.Key, i.Value }),
            Table t => t.Headers.Concat(t.Rows.SelectMany(r => r)),
            BarChart c => c.Items.Select(i => i.Key),
            _ => [],
        }).Append(spec.RunningHeader).Append("Page 0123456789 of %");
        return texts.SelectMany(t => t.EnumerateRunes()).Select(r => r.Value).Distinct();
    }

    /// <summary>Text widths, measured with the whole fonts (the same glyph advances the subsets keep).</summary>
    private sealed class Metrics(SKTypeface regular, SKTypeface bold)
    {
        public float Width(string text, float size, bool isBold)
        {
            using var font = new SKFont(isBold ? bold : regular, size);
            return font.MeasureText(text);
        }

        public List<string> Wrap(string text, float width, float size, bool isBold)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (Width(candidate, size, isBold) <= width || line.Length == 0)
                    {
                        line = candidate;
                        while (Width(line, size, isBold) > width && line.Length > 1)
                        {
                            var cut = Math.Max(1, (int)(line.Length * width / Width(line, size, isBold)) - 1);
                            lines.Add(line[..cut]);
                            line = line[cut..];
                        }
                    }
                    else
                    {
                        lines.Add(line);
                        line = word;
                    }
                }

                lines.Add(line);
            }

            return lines;
        }
    }

    /// <summary>Places blocks on pages as drawing operations.</summary>
    private sealed class Paginator(Metrics metrics)
    {
        private const float BodySize = 9.5f;
        private const float SmallSize = 8f;
        private readonly List<List<Action<Painter>>> _pages = [[]];
        private float _y = Top;

        private List<Action<Painter>> Page => _pages[^1];

        public List<List<Action<Painter>>> Lay(IReadOnlyList<Block> blocks)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                switch (blocks[i])
                {
                    case Heading heading:
                        LayHeading(heading, i + 1 < blocks.Count ? blocks[i + 1] : null);
                        break;
                    case Paragraph paragraph:
                        LayLines(metrics.Wrap(paragraph.Text, ContentWidth, paragraph.Small ? SmallSize : BodySize, false), paragraph.Small ? SmallSize : BodySize, false, Margin);
                        _y += 4;
                        break;
                    case KeyValues kv:
                        LayTable(new Table(["", ""], [.. kv.Items.Select(i => (IReadOnlyList<string>)[i.Key, i.Value])], [0.28f, 0.72f]), header: false);
                        break;
                    case Table table:
                        LayTable(table, header: true);
                        break;
                    case BarChart chart:
                        LayChart(chart);
                        break;
                }
            }

            return _pages;
        }

        private void NewPage()
        {
            _pages.Add([]);
            _y = Top;
        }

        private void Ensure(float height)
        {
            if (_y + height > Bottom && _y > Top)
            {
                NewPage();
            }
        }

        private void LayHeading(Heading heading, Block? next)
        {
            var size = heading.Level switch { 1 => 16f, 2 => 13f, _ => 11f };
            var lines = metrics.Wrap(heading.Text, ContentWidth, size, true);
            var height = (lines.Count * size * 1.3f) + 10;
            var nextHeight = next is null or Heading ? 0 : 3 * BodySize * 1.4f;
            Ensure(height + nextHeight);
            _y += 6;
            LayLines(lines, size, true, Margin);
            _y += 4;
        }

        private void LayLines(List<string> lines, float size, bool bold, float x)
        {
            foreach (var line in lines)
            {
                Ensure(size * 1.4f);
                var y = _y + size;
                Page.Add(p => p.Text(line, x, y, size, bold, SKColors.Black));
                _y += size * 1.4f;
            }
        }

        private void LayTable(Table table, bool header)
        {
            var widths = table.Widths.Select(w => w * ContentWidth).ToArray();
            (List<List<string>> Lines, float Height)? headerCells = header ? Cells(table.Headers, widths, true) : null;
            if (headerCells is not null)
            {
                Ensure(headerCells.Value.Height * 2);
                LayRow(headerCells.Value, widths, true);
            }

            foreach (var row in table.Rows)
            {
                var cells = Cells(row, widths, false);
                if (_y + cells.Height > Bottom && _y > Top)
                {
                    NewPage();
                    if (headerCells is not null)
                    {
                        LayRow(headerCells.Value, widths, true);
                    }
                }

                LayRow(cells, widths, false);
            }

            _y += 8;
        }

        private (List<List<string>> Lines, float Height) Cells(IReadOnlyList<string> values, float[] widths, bool bold)
        {
            var lines = values.Select((v, i) => metrics.Wrap(v ?? "", widths[i] - 6, SmallSize, bold)).ToList();
            return (lines, (lines.Max(l => l.Count) * SmallSize * 1.35f) + 6);
        }

        private void LayRow((List<List<string>> Lines, float Height) cells, float[] widths, bool header)
        {
            var top = _y;
            var height = Math.Min(cells.Height, Bottom - Top);
            var x = Margin;
            for (var c = 0; c < widths.Length; c++)
            {
                var (cx, cw, lines) = (x, widths[c], cells.Lines[c]);
                Page.Add(p => p.Box(cx, top, cw, height, header ? new SKColor(0xF6, 0xF8, 0xFA) : SKColors.White, SKColors.LightGray));
                for (var l = 0; l < lines.Count && (l + 1) * SmallSize * 1.35f <= height; l++)
                {
                    var (text, y) = (lines[l], top + 3 + ((l + 1) * SmallSize * 1.35f) - 2);
                    Page.Add(p => p.Text(text, cx + 3, y, SmallSize, header, SKColors.Black));
                }

                x += cw;
            }

            _y += height;
        }

        private void LayChart(BarChart chart)
        {
            const float row = 16f;
            foreach (var (label, share) in chart.Items)
            {
                Ensure(row);
                var y = _y;
                var width = (float)Math.Clamp(share, 0, 1) * 260f;
                var color = share >= 1 ? new SKColor(0x1A, 0x7F, 0x37) : share >= 0.8 ? new SKColor(0x9A, 0x67, 0x00) : new SKColor(0xCF, 0x22, 0x2E);
                Page.Add(p =>
                {
                    p.Text(label, Margin, y + 10, SmallSize, false, SKColors.Black);
                    p.Box(Margin + 190, y + 2, 260, 10, new SKColor(0xEA, 0xEE, 0xF2), null);
                    p.Box(Margin + 190, y + 2, width, 10, color, null);
                    p.Text($"{share * 100:0}%", Margin + 458, y + 10, SmallSize, false, SKColors.Black);
                });
                _y += row;
            }

            _y += 6;
        }
    }

    /// <summary>Draws shaped text, boxes and lines on one page.</summary>
    private sealed class Painter(SKCanvas canvas, SKTypeface regularFace, SKTypeface boldFace, SKShaper regularShaper, SKShaper boldShaper)
    {
        public void Text(string text, float x, float y, float size, bool bold, SKColor color)
        {
            if (text.Length == 0)
            {
                return;
            }

            using var font = new SKFont(bold ? boldFace : regularFace, size);
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            canvas.DrawShapedText(bold ? boldShaper : regularShaper, text, x, y, SKTextAlign.Left, font, paint);
        }

        public float Width(string text, float size, bool bold)
        {
            using var font = new SKFont(bold ? boldFace : regularFace, size);
            return font.MeasureText(text);
        }

        public void Box(float x, float y, float width, float height, SKColor fill, SKColor? stroke)
        {
            using var paint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill };
            canvas.DrawRect(x, y, width, height, paint);
            if (stroke is { } s)
            {
                using var line = new SKPaint { Color = s, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
                canvas.DrawRect(x, y, width, height, line);
            }
        }

        public void Line(float x1, float y1, float x2, float y2, SKColor color)
        {
            using var paint = new SKPaint { Color = color, StrokeWidth = 0.5f };
            canvas.DrawLine(x1, y1, x2, y2, paint);
        }
    }
}
