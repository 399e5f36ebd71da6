using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// Turns a ranking into suggestions a reviewer can work from. The relationship comes from how much of each text's term
/// weight (IDF) the other contains: both mostly contained, equivalent-to; the source contained in a larger target,
/// subset-of; the reverse, superset-of; otherwise intersects-with. Pairs already mapped by a person are marked.
/// </summary>
public static class MappingSuggester
{
    private const double Contained = 0.6;
    private const double NotContained = 0.4;
    private const int ShownTerms = 6;
    private const int SentenceLength = 200;

    /// <summary>The top <paramref name="top"/> targets for each ranked source control, in catalog order.</summary>
    public static ImmutableArray<MappingSuggestion> Suggest(SuggestionSpace space, RankingParameters parameters, ControlLevel level, int top, ITermAnalyzer analyzer, MappingGraph? reviewed = null) =>
        [.. Enumerable.Range(0, space.Sources.Length).AsParallel().AsOrdered()
            .Select(s => For(space, s, parameters, level, top, analyzer, reviewed).ToList()).ToList().SelectMany(s => s)];

    private static IEnumerable<MappingSuggestion> For(SuggestionSpace space, int source, RankingParameters parameters, ControlLevel level, int top, ITermAnalyzer analyzer, MappingGraph? reviewed)
    {
        var sourceKey = new ControlKey(space.Source.Ref, space.Sources[source].Id);
        var sourceTerms = space.SourceTerms[source];
        var ranked = SuggestionRanker.Rank(space, source, parameters, level, top);
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            var r = ranked[rank];
            var target = space.Targets[r.Target];
            var targetKey = new ControlKey(space.Target.Ref, target.Id);
            var targetTerms = space.TargetTerms[r.Target];
            var sourceInTarget = Containment(space, sourceTerms, targetTerms);
            var targetInSource = Containment(space, targetTerms, sourceTerms);
            var relationship = (sourceInTarget >= Contained, targetInSource >= Contained) switch
            {
                (true, true) => Relationship.EquivalentTo,
                (true, false) when targetInSource < NotContained => Relationship.SubsetOf,
                (false, true) when sourceInTarget < NotContained => Relationship.SupersetOf,
                _ => Relationship.IntersectsWith,
            };
            var existing = reviewed?.Outgoing(sourceKey).FirstOrDefault(e => e.To == targetKey && e.Mapping.Provenance != Provenance.Suggested)?.Mapping;
            var overlap = Math.Max(Math.Max(sourceInTarget, targetInSource), double.IsNaN(r.Semantic) ? 0 : r.Semantic);
            var text = space.TextOf(r.Target, analyzer);
            yield return new MappingSuggestion(sourceKey, targetKey, rank + 1, r.Score, relationship, Strength(rank, overlap), sourceInTarget, targetInSource, existing)
            {
                Lexical = r.Lexical,
                Semantic = r.Semantic,
                Prior = r.Prior,
                MatchedTerms = MatchedWords(space, sourceTerms, text),
                NearestSentence = NearestSentence(space, sourceTerms, text),
            };
        }
    }

    /// <summary>A suggestion's strength: at most 6, for a first-ranked pair with strong overlap; the tool never claims more than medium confidence.</summary>
    private static int Strength(int rank, double overlap) =>
        Math.Clamp((int)Math.Round(2 + (4 * overlap) - rank), 1, 6);

    private static double Containment(SuggestionSpace space, HashSet<string> of, HashSet<string> within)
    {
        double total = 0, shared = 0;
        foreach (var term in of)
        {
            var weight = space.Index.Idf.GetValueOrDefault(term, 0);
            total += weight;
            if (within.Contains(term))
            {
                shared += weight;
            }
        }

        return total == 0 ? 0 : shared / total;
    }

    /// <summary>The target's words whose terms the source shares, rarest first, as the target spells them.</summary>
    private static ImmutableArray<string> MatchedWords(SuggestionSpace space, HashSet<string> sourceTerms, TargetText text) =>
        [.. text.Spelled.Where(p => sourceTerms.Contains(p.Key))
            .OrderByDescending(p => space.Index.Idf.GetValueOrDefault(p.Key, 0)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(ShownTerms).Select(p => p.Value)];

    /// <summary>The target's sentence holding the most of the source's term weight (IDF), cut to 200 characters.</summary>
    private static string? NearestSentence(SuggestionSpace space, HashSet<string> sourceTerms, TargetText text)
    {
        string? best = null;
        double bestWeight = 0;
        foreach (var (sentence, terms) in text.Sentences)
        {
            var weight = terms.Where(sourceTerms.Contains).Sum(t => space.Index.Idf.GetValueOrDefault(t, 0));
            if (weight > bestWeight)
            {
                (best, bestWeight) = (sentence, weight);
            }
        }

        return best is null || best.Length <= SentenceLength ? best : string.Concat(best.AsSpan(0, SentenceLength - 1), "…");
    }
}
