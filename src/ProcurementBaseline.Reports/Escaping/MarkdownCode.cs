using ProcurementBaseline.Text;

namespace ProcurementBaseline.Reports.Escaping;

/// <summary>
/// Text from an input as a Markdown code span: fenced with one backtick more than the longest run inside it, so no
/// backtick can close it early; line breaks become spaces; '|' is escaped so the span can sit in a table cell (GitHub
/// Markdown unescapes it there; elsewhere it shows as "\|"). Text with two backticks in a row would need a fence of
/// three, which at the start of a line opens a code block instead; it is written as escaped text (<see cref="MarkdownText"/>).
/// </summary>
public static class MarkdownCode
{
    public static string Span(string? text)
    {
        var visible = VisibleText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal);
        if (visible.Length == 0)
        {
            return "";
        }

        var longest = 0;
        var run = 0;
        foreach (var c in visible)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        if (longest >= 2)
        {
            return MarkdownText.Escape(text);
        }

        var fence = new string('`', longest + 1);
        var pad = visible[0] is '`' or ' ' || visible[^1] is '`' or ' ' ? " " : "";
        return $"{fence}{pad}{visible}{pad}{fence}";
    }
}
