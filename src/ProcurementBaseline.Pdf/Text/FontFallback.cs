using System.Globalization;
using System.Text;
using ProcurementBaseline.Pdf.Fonts;

namespace ProcurementBaseline.Pdf.Text;

/// <summary>
/// Splits text into runs, one font each: every grapheme cluster goes to the first font of the chain that has its
/// base character, so a cluster is never split between fonts. The choice depends on the character alone, not on
/// its neighbours, so a line measured piece by piece is as wide as the line drawn whole: digits and spaces inside
/// Japanese text are drawn in the Latin font, as Japanese typesetting commonly does.
/// </summary>
internal static class FontFallback
{
    public static List<FontRun> Split(string text, FontChain chain)
    {
        var runs = new List<FontRun>();
        var (current, start) = (-1, 0);
        for (var i = 0; i < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(i));
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _);
            var link = Pick(chain, rune);
            if (link != current)
            {
                if (current >= 0)
                {
                    runs.Add(new FontRun(start, i - start, current));
                }

                (current, start) = (link, i);
            }

            i += length;
        }

        if (current >= 0)
        {
            runs.Add(new FontRun(start, text.Length - start, current));
        }

        return runs;
    }

    /// <summary>The first link that has the character; the first link when none has it (it draws its missing-glyph box).</summary>
    public static int Pick(FontChain chain, Rune rune)
    {
        if (rune.IsAscii)
        {
            return 0;
        }

        for (var i = 0; i < chain.Links.Count; i++)
        {
            if (chain.Links[i].Face.Covers(rune.Value))
            {
                return i;
            }
        }

        return 0;
    }
}
