namespace ProcurementBaseline.Text;

/// <summary>
/// "Did you mean …?" for a word that is not one of the allowed ones: the same word in another case, else the nearest
/// by edit distance (transpositions count as one edit) when it is close enough to be a typo.
/// </summary>
public static class Suggestions
{
    /// <summary>The closest candidate, or null when none is within a quarter of the word's length (at least one edit, at most three).</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(word.Length / 4, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            if (Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue;
            }

            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant(), Math.Min(limit, bestDistance - 1));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or nothing, to end a message with.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Nearest(word, candidates) is { } nearest && nearest != word ? $"; did you mean '{nearest}'?" : "";

    /// <summary>Optimal-string-alignment distance, or <c>int.MaxValue</c> as soon as it must exceed <paramref name="cutoff"/>.</summary>
    private static int Distance(string a, string b, int cutoff)
    {
        if (cutoff < 0)
        {
            return int.MaxValue;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > cutoff)
            {
                return int.MaxValue;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= cutoff ? previous[b.Length] : int.MaxValue;
    }
}
