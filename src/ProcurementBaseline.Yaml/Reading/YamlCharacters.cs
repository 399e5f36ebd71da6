using System.Globalization;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>
/// Checks on a file's characters that YamlDotNet reports poorly: a character YAML does not allow in a file (a NUL
/// reads as "did not find expected key"; an escape character is let through) and a tab that indents a line (reported
/// at the end of the line before it).
/// </summary>
internal static class YamlCharacters
{
    public sealed record Found(int Line, int Column, string Name, string Escape);

    /// <summary>
    /// The first character outside YAML 1.2's printable set (c-printable): C0 controls other than tab, line feed and
    /// carriage return, DEL, the C1 controls other than NEL, and U+FFFE and U+FFFF.
    /// </summary>
    public static Found? FirstForbidden(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (IsForbidden(c))
            {
                var name = c == '\0' ? "a NUL character (U+0000)" : string.Create(CultureInfo.InvariantCulture, $"the control character U+{(int)c:X4}");
                var escape = c switch
                {
                    '\0' => "\\0",
                    '\u001b' => "\\e",
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                };
                return new Found(line, i - lineStart + 1, name, escape);
            }
        }

        return null;
    }

    /// <summary>The first tab that stands in a line's indentation (before its first other character).</summary>
    public static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var line = 1;
        var indenting = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, indenting) = (line + 1, 1, true);
                continue;
            }

            if (indenting && c == '\t')
            {
                return (line, column);
            }

            indenting &= c == ' ';
            column++;
        }

        return null;
    }

    private static bool IsForbidden(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c == '\u007f' || (c is >= '\u0080' and <= '\u009f' && c != '\u0085') || c is '\ufffe' or '\uffff';
}
