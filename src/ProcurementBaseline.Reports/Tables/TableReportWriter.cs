using System.Globalization;
using System.Text;
using CsvHelper;
using ProcurementBaseline.Reports.Escaping;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Reports.Tables;

/// <summary>
/// Writes a <see cref="TableReport"/> as text, Markdown, CSV or HTML. Text from inputs is escaped for each: made
/// visible on a terminal, escaped for Markdown and HTML, and guarded against spreadsheet formulas in CSV.
/// </summary>
public static class TableReportWriter
{
    /// <summary>The widest a text table may be before its columns are split over several tables, the frozen ones repeated.</summary>
    public const int TextWidth = 150;

    /// <summary>The longest a text cell is shown; the other formats carry the whole text.</summary>
    public const int TextCellWidth = 48;

    public static IReadOnlyList<string> Formats { get; } = ["text", "md", "csv", "html"];

    public static string Write(TableReport report, string format) => format switch
    {
        "text" => Text(report),
        "md" => Markdown(report),
        "csv" => Csv(report),
        "html" => Html(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a table report format"),
    };

    public static string Text(TableReport report)
    {
        var w = new StringBuilder();
        w.Append(VisibleText.Escape(report.Title)).Append('\n');
        foreach (var line in report.Preamble)
        {
            w.Append(VisibleText.Escape(line)).Append('\n');
        }

        foreach (var section in report.Sections)
        {
            w.Append('\n').Append(VisibleText.Escape(section.Heading)).Append('\n');
            foreach (var note in section.Notes)
            {
                w.Append(VisibleText.Escape(note)).Append('\n');
            }

            var cells = section.Rows.Select(r => r.Select(c => Shorten(VisibleText.Escape(c.Text))).ToArray()).ToList();
            var headers = section.Headers.Select(h => Shorten(VisibleText.Escape(h))).ToArray();
            var parts = ColumnParts(headers, cells, section.FrozenColumns);
            for (var p = 0; p < parts.Count; p++)
            {
                if (p > 0)
                {
                    w.Append('\n');
                }

                WriteTextTable(w, [.. parts[p].Select(i => headers[i])], [.. cells.Select(r => parts[p].Select(i => r[i]).ToArray())]);
            }
        }

        return w.ToString();
    }

    public static string Markdown(TableReport report)
    {
        var w = new StringBuilder();
        w.Append("# ").Append(MarkdownText.Escape(report.Title)).Append("\n\n");
        foreach (var line in report.Preamble)
        {
            w.Append(MarkdownText.Escape(line)).Append("\n\n");
        }

        foreach (var section in report.Sections)
        {
            w.Append("## ").Append(MarkdownText.Escape(section.Heading)).Append("\n\n");
            foreach (var note in section.Notes)
            {
                w.Append(MarkdownText.Escape(note)).Append("\n\n");
            }

            w.Append("| ").AppendJoin(" | ", section.Headers.Select(Cell)).Append(" |\n");
            w.Append('|').AppendJoin("|", section.Headers.Select(_ => "---")).Append("|\n");
            foreach (var row in section.Rows)
            {
                w.Append("| ").AppendJoin(" | ", row.Select(c => c.Link is { } link ? $"[{Cell(c.Text)}](<{Uri.EscapeDataString(link)}>)" : Cell(c.Text))).Append(" |\n");
            }

            w.Append('\n');
        }

        return w.ToString();

        static string Cell(string text) => MarkdownText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal);
    }

    /// <summary>Every section's table one after another, each under its heading as a one-cell row, for a spreadsheet; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe.</summary>
    public static string Csv(TableReport report)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, ValidateFieldCount = false, NewLine = "\n" }))
        {
            foreach (var section in report.Sections)
            {
                csv.WriteRecord([section.Heading]);
                csv.WriteRecord([.. section.Headers]);
                foreach (var row in section.Rows)
                {
                    csv.WriteRecord([.. row.Select(c => c.Text)]);
                }
            }
        }

        return text.ToString();
    }

    public static string Html(TableReport report)
    {
        var w = new StringBuilder();
        w.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(HtmlText.Escape(report.Title)).Append("</title>\n<style>\n")
            .Append("""
                body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans JP", "Noto Sans Devanagari", Arial, sans-serif; margin: 2rem auto; max-width: 90rem; padding: 0 1rem; color: #1b1f24; line-height: 1.45; }
                h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; } .meta { color: #57606a; }
                .scroll { overflow-x: auto; } table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; }
                th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; } th { background: #f6f8fa; }
                td.pass { color: #1a7f37; font-weight: bold; } td.conditional { color: #9a6700; font-weight: bold; } td.fail, td.error { color: #cf222e; font-weight: bold; }

                """)
            .Append(InteractiveTables.Style).Append("\n</style>\n</head>\n<body>\n<h1>").Append(HtmlText.Escape(report.Title)).Append("</h1>\n");
        foreach (var line in report.Preamble)
        {
            w.Append("<p class=\"meta\">").Append(HtmlText.Escape(line)).Append("</p>\n");
        }

        var interactive = false;
        foreach (var section in report.Sections)
        {
            w.Append("<h2>").Append(HtmlText.Escape(section.Heading)).Append("</h2>\n");
            foreach (var note in section.Notes)
            {
                w.Append("<p>").Append(HtmlText.Escape(note)).Append("</p>\n");
            }

            interactive |= section.Interactive;
            w.Append("<div class=\"scroll\"><table").Append(section.Interactive ? " class=\"interactive\"" : "").Append(">\n<thead><tr>");
            foreach (var header in section.Headers)
            {
                w.Append("<th scope=\"col\">").Append(HtmlText.Escape(header)).Append("</th>");
            }

            w.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in section.Rows)
            {
                w.Append("<tr>");
                for (var i = 0; i < row.Length; i++)
                {
                    var cell = row[i];
                    var tag = i < section.FrozenColumns ? "th scope=\"row\"" : "td";
                    w.Append('<').Append(tag).Append(VerdictClass(cell.Text)).Append('>');
                    w.Append(cell.Link is { } link ? $"<a href=\"{HtmlText.Escape(Uri.EscapeDataString(link))}\">{HtmlText.Escape(cell.Text)}</a>" : HtmlText.Escape(cell.Text));
                    w.Append("</").Append(tag.Split(' ')[0]).Append('>');
                }

                w.Append("</tr>\n");
            }

            w.Append("</tbody>\n</table></div>\n");
        }

        if (interactive)
        {
            w.Append(InteractiveTables.Script).Append('\n');
        }

        return w.Append("</body>\n</html>\n").ToString();
    }

    private static string Shorten(string text) => text.Length <= TextCellWidth ? text : string.Concat(text.AsSpan(0, TextCellWidth - 1), "…");

    /// <summary>Colours a verdict cell; the word itself says the verdict, so colour is never the only sign.</summary>
    private static string VerdictClass(string text) => text.Split(' ', 2)[0] switch
    {
        "PASS" or "pass" => " class=\"pass\"",
        "CONDITIONAL" or "conditional" => " class=\"conditional\"",
        "FAIL" or "fail" => " class=\"fail\"",
        "not" when text.StartsWith("not assessed", StringComparison.Ordinal) => " class=\"error\"",
        _ => "",
    };

    /// <summary>Splits the columns into parts that fit <see cref="TextWidth"/>, each starting with the frozen ones.</summary>
    private static List<List<int>> ColumnParts(string[] headers, List<string[]> rows, int frozen)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        frozen = Math.Min(frozen, headers.Length);
        var fixedWidth = Enumerable.Range(0, frozen).Sum(i => widths[i] + 2);
        var parts = new List<List<int>>();
        var current = Enumerable.Range(0, frozen).ToList();
        var width = fixedWidth;
        for (var i = frozen; i < headers.Length; i++)
        {
            if (current.Count > frozen && width + widths[i] > TextWidth)
            {
                parts.Add(current);
                current = [.. Enumerable.Range(0, frozen)];
                width = fixedWidth;
            }

            current.Add(i);
            width += widths[i] + 2;
        }

        parts.Add(current);
        return parts;
    }

    private static void WriteTextTable(StringBuilder w, string[] headers, string[][] rows)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        Row(w, headers, widths);
        Row(w, [.. widths.Select(n => new string('-', n))], widths);
        foreach (var row in rows)
        {
            Row(w, row, widths);
        }

        static void Row(StringBuilder w, string[] cells, int[] widths)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                w.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
            }

            w.Append('\n');
        }
    }
}
