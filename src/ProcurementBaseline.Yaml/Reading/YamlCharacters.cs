using System.Globalization;
using ProcurementBaseline.Text;

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
    /// carriage return, DEL, the C1 controls other than NEL, and U+FFFE and U+FFFF. Read from the UTF-8 bytes.
    /// </summary>
    public static Found? FirstForbidden(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            int? code = b switch
            {
                < 0x20 when b is not ((byte)'\t' or (byte)'\n' or (byte)'\r') => b,
                0x7F => b,
                0xC2 when i + 1 < utf8.Length && utf8[i + 1] is >= 0x80 and <= 0x9F and not 0x85 => utf8[i + 1],
                0xEF when i + 2 < utf8.Length && utf8[i + 1] == 0xBF && utf8[i + 2] is 0xBE or 0xBF => utf8[i + 2] == 0xBE ? 0xFFFE : 0xFFFF,
                _ => null,
            };
            if (code is { } c)
            {
                var (line, column) = Utf8Validation.PositionOf(utf8, i);
                var name = c == 0 ? "a NUL character (U+0000)" : string.Create(CultureInfo.InvariantCulture, $"the control character U+{c:X4}");
                var escape = c switch
                {
                    0 => "\\0",
                    0x1B => "\\e",
                    < 0x100 => string.Create(CultureInfo.InvariantCulture, $"\\x{c:x2}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\u{c:x4}"),
                };
                return new Found(line, column, name, escape);
            }
        }

        return null;
    }

    /// <summary>The first tab that stands in a line's indentation (before its first other character).</summary>
    public static (int Line, int Column)? FirstIndentingTab(ReadOnlySpan<byte> utf8)
    {
        var line = 1;
        var indenting = true;
        var column = 1;
        foreach (var b in utf8)
        {
            if (b == (byte)'\n')
            {
                (line, column, indenting) = (line + 1, 1, true);
                continue;
            }

            if (indenting && b == (byte)'\t')
            {
                return (line, column);
            }

            indenting &= b == (byte)' ';
            column++;
        }

        return null;
    }
}
