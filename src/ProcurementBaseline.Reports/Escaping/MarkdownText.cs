using System.Text;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Reports.Escaping;

/// <summary>
/// Text from an input written into Markdown as text and nothing else: in a paragraph, a list item, a heading or a table
/// cell. Line breaks become spaces (<see cref="VisibleText"/>), so no input starts a line; every character that can open
/// markup in CommonMark or GitHub Markdown (emphasis, code, links, raw HTML, entities, strikethrough, table pipes) is
/// backslash-escaped; a leading '#', '-', '+', '=', '>' or "1." that would start a block is escaped too.
/// </summary>
public static class MarkdownText
{
    private const string Inline = "\\`*_[]<>|~&!";

    public static string Escape(string? text)
    {
        var visible = VisibleText.Escape(text);
        var builder = new StringBuilder(visible.Length + 8);
        var start = 0;
        while (start < visible.Length && visible[start] == ' ')
        {
            start++;
        }

        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            if (Inline.Contains(c, StringComparison.Ordinal) || (i == start && c is '#' or '-' or '+' or '=' or '>') || IsListNumberEnd(visible, start, i))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The '.' or ')' after one to nine leading digits and before a space or the end, which would make an ordered list.</summary>
    private static bool IsListNumberEnd(string text, int start, int i) =>
        text[i] is '.' or ')' && i > start && i - start <= 9 && (i + 1 == text.Length || text[i + 1] == ' ')
        && text.AsSpan(start, i - start).IndexOfAnyExceptInRange('0', '9') < 0;
}
