using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Analysis;

/// <summary>
/// Lower-cases, splits on anything that is not a letter or digit, drops English and control-catalog stop words,
/// and stems with the Snowball English (Porter 2) stemmer, so that "vulnerabilities" and "vulnerability" meet.
/// </summary>
public sealed class EnglishTermAnalyzer : ITermAnalyzer
{
    /// <summary>Words every catalog uses in every control, which say nothing about what a control asks.</summary>
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "can", "do", "does", "e", "eg", "etc", "for", "from", "g", "has", "have",
        "i", "ie", "if", "in", "into", "is", "it", "its", "may", "more", "must", "no", "not", "of", "on", "or", "other", "should", "so",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "under", "was",
        "were", "when", "where", "which", "while", "who", "will", "with", "within", "without",
        "assignment", "selection", "organization", "organizational", "organisation", "organisations", "organizations", "defined",
        "one", "all", "any", "each", "also", "including", "include", "includes", "ensure", "ensures", "ensuring", "use", "used", "using",
        "appropriate", "appropriately", "needed", "necessary", "based", "example", "examples", "part", "corresponds", "iso", "iec",
        "27002", "2013", "27017", "2015", "guidance", "implementation",
    }.ToFrozenSet(StringComparer.Ordinal);

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    public IReadOnlyList<string> Terms(string text)
    {
        var stemmer = _stemmer ??= new EnglishStemmer();
        var terms = new List<string>();
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && char.IsLetterOrDigit(span[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = span[start..i].ToString().ToLowerInvariant();
                start = -1;
                if (word.Length < 2 || StopWords.Contains(word) || word.All(char.IsAsciiDigit))
                {
                    continue;
                }

                stemmer.SetCurrent(word);
                stemmer.Stem();
                terms.Add(stemmer.Current);
            }
        }

        return terms;
    }
}
