using System.Text;

namespace ProcurementBaseline.Versions;

/// <summary>
/// Comparing control texts across versions. Texts are compared as lower-cased words, so that re-wrapped lines,
/// changed punctuation and typographic quotes do not count as changes.
/// </summary>
public static class TextComparison
{
    /// <summary>The lower-cased words of a text, letters and digits only, joined by single spaces.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static bool SameText(string? a, string? b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);

    /// <summary>
    /// Dice similarity of the two texts' word-bigram sets, from 0 to 1: insensitive to re-wrapping, tolerant of a
    /// reordered clause, and strict about substance (a changed verb breaks two bigrams).
    /// </summary>
    public static double Similarity(string? a, string? b)
    {
        var left = Bigrams(Normalise(a));
        var right = Bigrams(Normalise(b));
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }

        var shared = left.Count(right.Contains);
        return 2.0 * shared / (left.Count + right.Count);
    }

    private static HashSet<string> Bigrams(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            return new HashSet<string>([words[0]], StringComparer.Ordinal);
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            set.Add($"{words[i]} {words[i + 1]}");
        }

        return set;
    }
}
