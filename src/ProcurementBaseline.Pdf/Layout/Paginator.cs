using ProcurementBaseline.Pdf.Text;
using SkiaSharp;
using static ProcurementBaseline.Pdf.Layout.PageGeometry;

namespace ProcurementBaseline.Pdf.Layout;

/// <summary>Places blocks on pages as drawing operations.</summary>
internal sealed class Paginator(Typesetter typesetter)
{
    private const float BodySize = 9.5f;
    private const float SmallSize = 8f;
    private const float CellLine = SmallSize * 1.35f;
    private const float ChartRow = 16f;

    /// <summary>The most that keep-with-next asks to move: half a page.</summary>
    private const float MaxLead = (Bottom - Top) / 2;
    private readonly List<List<Action<Painter>>> _pages = [[]];
    private float _y = Top;

    private List<Action<Painter>> Page => _pages[^1];

    /// <summary>The headings, for the PDF outline, each with the named destination drawn where it stands.</summary>
    public List<OutlineEntry> Outline { get; } = [];

    public List<List<Action<Painter>>> Lay(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Heading heading:
                    LayHeading(heading, FollowingLead(blocks, i + 1));
                    break;
                case Paragraph paragraph:
                    var size = paragraph.Small ? SmallSize : BodySize;
                    LayLines(typesetter.Wrap(paragraph.Text, ContentWidth, size, false), size, false, Margin);
                    _y += 4;
                    break;
                case KeyValues kv:
                    LayTable(AsTable(kv));
                    break;
                case Table table:
                    LayTable(table);
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

    /// <summary>What must follow a heading onto its page: short paragraphs (a verdict's reasons) and then the
    /// start of the first table or chart after them, or the first lines of a longer paragraph.</summary>
    private float FollowingLead(IReadOnlyList<Block> blocks, int from)
    {
        var lead = 0f;
        for (var i = from; i < blocks.Count && blocks[i] is not Heading; i++)
        {
            lead += LeadHeight(blocks[i]);
            if (blocks[i] is not Paragraph p || typesetter.Wrap(p.Text, ContentWidth, BodySize, false).Count > 3)
            {
                break;
            }
        }

        return Math.Min(lead, MaxLead);
    }

    /// <summary>Key/value pairs are a two-column table with no header row.</summary>
    private static Table AsTable(KeyValues kv) =>
        new([], [.. kv.Items.Select(i => (IReadOnlyList<string>)[i.Key, i.Value])], [0.28f, 0.72f]);

    private static float LineHeight(float size) => size * 1.4f;

    private void LayHeading(Heading heading, float lead)
    {
        var size = heading.Level switch { 1 => 16f, 2 => 13f, _ => 11f };
        var lines = typesetter.Wrap(heading.Text, ContentWidth, size, true);
        var height = (lines.Count * LineHeight(size)) + 10; // as laid below: 6 above, the lines, 4 below
        Ensure(height + lead);
        _y += 6;
        var entry = new OutlineEntry(heading.Text, heading.Level, $"h{Outline.Count + 1}");
        Outline.Add(entry);
        var top = _y;
        Page.Add(p => p.Destination(entry.Destination, Margin, top));
        LayLines(lines, size, true, Margin);
        _y += 4;
    }

    private void LayLines(IReadOnlyList<string> lines, float size, bool bold, float x)
    {
        foreach (var line in lines)
        {
            Ensure(LineHeight(size));
            var y = _y + size;
            Page.Add(p => p.Text(line, x, y, size, bold, SKColors.Black));
            _y += LineHeight(size);
        }
    }

    /// <summary>The height a block needs at the foot of a page so that what starts it is not left there alone:
    /// a table's header with its first row, a paragraph's first three lines, a short chart whole.</summary>
    private float LeadHeight(Block block)
    {
        float Row(IReadOnlyList<string> cells, Table table, bool bold) =>
            Cells(cells, Widths(table), bold).Height;
        var lead = block switch
        {
            Table t => (t.Headers.Count > 0 ? Row(t.Headers, t, true) : 0) + (t.Rows.Count > 0 ? Row(t.Rows[0], t, false) : 0),
            KeyValues kv => LeadHeight(AsTable(kv)),
            Paragraph p => Math.Min(3, typesetter.Wrap(p.Text, ContentWidth, BodySize, false).Count) * LineHeight(BodySize),
            BarChart c => c.Items.Count * ChartRow, // LayChart keeps a short chart on one page
            _ => 0,
        };
        return Math.Min(lead, MaxLead);
    }

    private static float[] Widths(Table table) => [.. table.Widths.Select(w => w * ContentWidth)];

    private void LayTable(Table table)
    {
        var widths = Widths(table);
        (List<IReadOnlyList<string>> Lines, float Height)? headerCells = table.Headers.Count > 0 ? Cells(table.Headers, widths, true) : null;
        if (headerCells is not null)
        {
            Ensure(LeadHeight(table));
            LayRow(headerCells.Value, widths, true);
        }

        foreach (var row in table.Rows)
        {
            LayBodyRow(Cells(row, widths, false), widths, headerCells);
        }

        _y += 8;
    }

    /// <summary>
    /// A row goes whole to the next page when it does not fit; a row taller than a page is continued across pages,
    /// its cells cut between lines, so no text is lost. The header row repeats on each new page.
    /// </summary>
    private void LayBodyRow((List<IReadOnlyList<string>> Lines, float Height) cells, float[] widths, (List<IReadOnlyList<string>> Lines, float Height)? header)
    {
        void Turn()
        {
            NewPage();
            if (header is not null)
            {
                LayRow(header.Value, widths, true);
            }
        }

        if (_y + cells.Height > Bottom && _y > Top)
        {
            Turn();
        }

        var total = cells.Lines.Max(l => l.Count);
        for (var offset = 0; ;)
        {
            var fit = Math.Max(1, (int)((Bottom - _y - 6) / CellLine));
            var count = Math.Min(fit, total - offset);
            LayRow(([.. cells.Lines.Select(l => (IReadOnlyList<string>)[.. l.Skip(offset).Take(count)])], (count * CellLine) + 6), widths, false);
            offset += count;
            if (offset >= total)
            {
                return;
            }

            Turn();
        }
    }

    private (List<IReadOnlyList<string>> Lines, float Height) Cells(IReadOnlyList<string> values, float[] widths, bool bold)
    {
        var lines = values.Select((v, i) => typesetter.Wrap(v ?? "", widths[i] - 6, SmallSize, bold)).ToList();
        return (lines, (lines.Max(l => l.Count) * CellLine) + 6);
    }

    private void LayRow((List<IReadOnlyList<string>> Lines, float Height) cells, float[] widths, bool header)
    {
        var (top, height, x) = (_y, cells.Height, Margin);
        for (var c = 0; c < widths.Length; c++)
        {
            var (cx, cw, lines) = (x, widths[c], cells.Lines[c]);
            Page.Add(p => p.Box(cx, top, cw, height, header ? new SKColor(0xF6, 0xF8, 0xFA) : SKColors.White, SKColors.LightGray));
            for (var l = 0; l < lines.Count; l++)
            {
                var (text, y) = (lines[l], top + 1 + ((l + 1) * CellLine));
                Page.Add(p => p.Text(text, cx + 3, y, SmallSize, header, SKColors.Black));
            }

            x += cw;
        }

        _y += height;
    }

    private void LayChart(BarChart chart)
    {
        Ensure(Math.Min(chart.Items.Count * ChartRow, MaxLead)); // a short chart is kept on one page
        foreach (var (label, share) in chart.Items)
        {
            Ensure(ChartRow);
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
            _y += ChartRow;
        }

        _y += 6;
    }
}
