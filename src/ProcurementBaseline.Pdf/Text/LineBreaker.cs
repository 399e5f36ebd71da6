using System.Globalization;
using System.Text;

namespace ProcurementBaseline.Pdf.Text;

/// <summary>
/// Greedy line breaking. Lines break at spaces; between Chinese or Japanese characters, which are written without
/// spaces, except where Japanese line-breaking rules (kinsoku) forbid it, as before 。 or after 「; after a hyphen
/// followed by a letter (not inside a date); and after a slash inside a long path. A word wider than the line is
/// cut between grapheme clusters, never inside one. ICU's full UAX #14 would be the general answer, but its .NET
/// port (ICU4N) is an alpha pre-release with megabytes of data, and report text needs only these rules.
/// </summary>
internal static class LineBreaker
{
    private const string NoBreakBefore = "、。，．・：；？！ー）」』】〕〉》〙〗｝］ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥,.:;!?)]}%";
    private const string NoBreakAfter = "（「『【〔〈《〘〖｛［([{";

    public static List<string> Wrap(string text, float width, Func<string, float> measure)
    {
        var lines = new List<string>();
        var space = measure(" ");
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var first = true;
                foreach (var whole in Pieces(word))
                {
                    var piece = whole;
                    var gap = first && line.Length > 0 ? space : 0;
                    var pieceWidth = measure(piece);
                    if (line.Length > 0 && lineWidth + gap + pieceWidth > width)
                    {
                        lines.Add(line.ToString());
                        (line, lineWidth, gap) = (new StringBuilder(), 0f, 0f);
                    }

                    if (line.Length == 0 && pieceWidth > width)
                    {
                        var clusters = Clusters(piece, width, measure);
                        lines.AddRange(clusters[..^1]);
                        (piece, pieceWidth) = (clusters[^1], measure(clusters[^1]));
                    }

                    line.Append(gap > 0 ? " " : "").Append(piece);
                    lineWidth += gap + pieceWidth;
                    first = false;
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>A space-free word cut at its break opportunities.</summary>
    public static IEnumerable<string> Pieces(string word)
    {
        var start = 0;
        Rune previous = default;
        for (var i = 0; i < word.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(word.AsSpan(i));
            Rune.DecodeFromUtf16(word.AsSpan(i), out var rune, out _);
            if (i > 0 && CanBreakBetween(previous, rune, word.Length))
            {
                yield return word[start..i];
                start = i;
            }

            previous = rune;
            i += length;
        }

        yield return word[start..];
    }

    private static bool CanBreakBetween(Rune before, Rune after, int wordLength)
    {
        if (IsIn(NoBreakBefore, after) || IsIn(NoBreakAfter, before))
        {
            return false;
        }

        return IsIdeographic(before) || IsIdeographic(after)
            || (before.Value == '-' && Rune.IsLetter(after))
            || (before.Value == '/' && wordLength > 24);
    }

    private static bool IsIn(string set, Rune rune) => rune.IsBmp && set.Contains((char)rune.Value, StringComparison.Ordinal);

    private static bool IsIdeographic(Rune rune) => rune.Value switch
    {
        >= 0x3000 and <= 0x30FF => true,   // CJK punctuation, hiragana, katakana
        >= 0x31F0 and <= 0x31FF => true,   // katakana extensions
        >= 0x3400 and <= 0x4DBF => true,   // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility ideographs
        >= 0xFF00 and <= 0xFFEF => true,   // full-width forms
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B onwards
        _ => false,
    };

    /// <summary>A word too wide for a line, cut between grapheme clusters.</summary>
    private static List<string> Clusters(string word, float width, Func<string, float> measure)
    {
        var lines = new List<string>();
        var (start, lineWidth) = (0, 0f);
        for (var i = 0; i < word.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(word.AsSpan(i));
            var clusterWidth = measure(word.Substring(i, length));
            if (i > start && lineWidth + clusterWidth > width)
            {
                lines.Add(word[start..i]);
                (start, lineWidth) = (i, 0);
            }

            lineWidth += clusterWidth;
            i += length;
        }

        lines.Add(word[start..]);
        return lines;
    }
}
