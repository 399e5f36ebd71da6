using System.Text;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Reports.Escaping;

/// <summary>
/// Text from an input written into Markdown as text and nothing else: in a paragraph, a list item, a heading or a table
/// cell. Line breaks become spaces (<see cref="VisibleText"/>), so no input starts a line; every character that can open
/// markup in CommonMark, GitHub Markdown or the common extensions (emphasis, code, links, raw HTML, entities,
/// strikethrough, table pipes, footnotes, superscripts, marks, maths, attributes, citations) is backslash-escaped; a
/// leading '#', '-', '+', '=', '>', ':' or "1." that would start a block is escaped too; and so are the ':' of a URL
/// scheme or an emoji code, the '.' after "www" and the '@' of an e-mail address, so that no text becomes a link.
/// </summary>
public static class MarkdownText
{
    private const string Inline = "\\`*_[]<>|~&!^$=+{}\"@";

    public static string Escape(string? text)
    {
        // Spaces around text are not shown in Markdown; four in front would make it code, two behind a line break.
        var visible = VisibleText.Escape(text).Trim(' ');
        var builder = new StringBuilder(visible.Length + 8);
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            if (Inline.Contains(c, StringComparison.Ordinal) || (i == 0 && c is '#' or '-' or '>' or ':') || IsListNumberEnd(visible, 0, i)
                || (c == ':' && IsLinkOrEmojiColon(visible, i)) || (c == '.' && i >= 3 && visible.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A ':' that starts "://" or an emoji code such as ":smile:" (a word character after it and another ':' later).</summary>
    private static bool IsLinkOrEmojiColon(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == '/' || ((char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '_' or '-') && text.IndexOf(':', i + 1) > 0) || text[i + 1] is ')' or '(' or 'D' or 'P' or '|');

    /// <summary>
    /// The '.' or ')' after one to nine leading digits or letters and before a space or the end, which would make an
    /// ordered list ("1.", and the "a.", "A)" and "iv." lists of some renderers).
    /// </summary>
    private static bool IsListNumberEnd(string text, int start, int i) =>
        text[i] is '.' or ')' && i > start && i - start <= 9 && (i + 1 == text.Length || text[i + 1] == ' ')
        && text.AsSpan(start, i - start).ContainsAnyExcept(AsciiLettersAndDigits) is false;

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
