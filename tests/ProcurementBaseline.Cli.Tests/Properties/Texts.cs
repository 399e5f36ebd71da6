using CsCheck;

namespace ProcurementBaseline.Tests.Properties;

/// <summary>Generators of the text a hostile or careless input holds: YAML and Markdown punctuation, control characters, scripts, surrogates.</summary>
internal static class Texts
{
    private static readonly string[] Tricky =
    [
        "", " ", "null", "~", "true", "1.0", "0x1F", "-", "- x", "#", "# heading", "## us: pass", "---", "...", ": x", "a: b", "'", "\"", "\\", "`", "``", "* x", "_x_",
        "[a](javascript:alert(1))", "<script>alert(1)</script>", "<!--", "&lt;", "|", "| a |", "1. x", "2026-11-26", "\u001b[2J", "\r\n0 errors", "\t", "\u202e", "\u0085", "日本語",
        "नमस्ते", "😀", "  leading", "trailing  ", "%TAG", "!!str", "&anchor", "*alias", "{a: b}", "[a, b]", "? x", "@x",
    ];

    /// <summary>Any text of UTF-16 code units, lone surrogates included.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (3, Gen.Char.Array[0, 24].Select(c => new string(c))),
        (3, Gen.OneOf(Tricky)),
        (2, Gen.Select(Gen.OneOf(Tricky), Gen.OneOf(Tricky), Gen.OneOf(Tricky), (a, b, c) => a + b + c)),
        (1, Gen.String));

    /// <summary>Text that a UTF-8 file can hold (no lone surrogates), for round trips through files.</summary>
    public static Gen<string> Encodable { get; } = Any.Select(WithoutLoneSurrogates);

    /// <summary>Encodable text with at least one character that is not white space, as required fields need.</summary>
    public static Gen<string> NonBlank { get; } = Encodable.Select(s => string.IsNullOrWhiteSpace(s) ? "x" + s : s);

    private static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
