using System.Collections.Frozen;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// Okapi BM25 over a fixed set of documents: the standard lexical ranking function. k1 = 1.2 is the usual value;
/// b = 0.9 normalises length more than the usual 0.75, because control texts range from a line (an SP 800-53
/// enhancement) to pages (a family's base control with its discussion). Immutable once built; queries are thread-safe.
/// </summary>
public sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.9;

    private readonly FrozenDictionary<string, (int Document, int Frequency)[]> _postings;
    private readonly double[] _lengthNorm;

    public Bm25Index(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        Count = documents.Count;
        var average = documents.Count == 0 ? 1 : Math.Max(1, documents.Average(d => d.Count));
        _lengthNorm = [.. documents.Select(d => K1 * (1 - B + (B * d.Count / average)))];
        var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var group in documents[i].GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list))
                {
                    postings[group.Key] = list = [];
                }

                list.Add((i, group.Count()));
            }
        }

        _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        Idf = _postings.ToFrozenDictionary(p => p.Key, p => Math.Log(1 + ((Count - p.Value.Length + 0.5) / (p.Value.Length + 0.5))), StringComparer.Ordinal);
    }

    public int Count { get; }

    /// <summary>Inverse document frequency of each indexed term.</summary>
    public FrozenDictionary<string, double> Idf { get; }

    /// <summary>Scores every document against a query; a query term repeated counts with diminishing weight (1 + ln tf).</summary>
    public double[] Score(IReadOnlyList<string> query)
    {
        var scores = new double[Count];
        foreach (var term in query.GroupBy(t => t, StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(term.Key, out var postings))
            {
                continue;
            }

            var weight = Idf[term.Key] * (1 + Math.Log(term.Count()));
            foreach (var (document, frequency) in postings)
            {
                scores[document] += weight * frequency * (K1 + 1) / (frequency + _lengthNorm[document]);
            }
        }

        return scores;
    }
}
