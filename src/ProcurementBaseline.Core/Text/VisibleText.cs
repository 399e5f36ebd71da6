using System.Globalization;
using System.Text;

namespace ProcurementBaseline.Text;

/// <summary>
/// Text from an input made safe to show to a person, in a terminal, a text or Markdown report or a PDF: line breaks,
/// tabs and the other spacing controls become one space, so an input can never start a line of its own (a forged
/// heading or "0 errors"); every other control character, the bidirectional overrides that reorder what a reader sees,
/// and lone surrogates are written as <c>\u001b</c>, so they are visible rather than obeyed.
/// </summary>
public static class VisibleText
{
    public static string Escape(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>
    /// As <see cref="Escape(string?)"/>; with <paramref name="keepLineBreaks"/>, line feeds are kept, for an output
    /// where a line break cannot forge anything (a PDF paragraph, whose layout is not read from its text).
    /// </summary>
    public static string Escape(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = !NeedsEscape(text, i) || (keepLineBreaks && text[i] == '\n');
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(text, i) || (keepLineBreaks && c == '\n'))
            {
                builder.Append(c);
                if (char.IsHighSurrogate(c))
                {
                    builder.Append(text[++i]);
                }
            }
            else if (IsSpacing(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="Escape(string?)"/> changes nothing in <paramref name="text"/>.</summary>
    public static bool IsVisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c)
            ? i == 0 || !char.IsHighSurrogate(text[i - 1])
            : c < 0x20 || c is >= '\u007f' and <= '\u009f' || c is '\u2028' or '\u2029' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';
    }

    private static bool IsSpacing(char c) => c is '\t' or '\n' or '\v' or '\f' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
