using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>How well suggestions recover a known crosswalk: recall@k over its pairs, precision@1 over its sources.</summary>
public sealed record SuggestionQuality(int Pairs, int Sources, double RecallAtK, double PrecisionAt1, int K)
{
    /// <summary>
    /// The pairs a suggester should find: the stated (not converse) pairwise mappings from one catalog to another that
    /// the default policy counts, so neither no-relationship records nor weak context-only mappings (below strength 5),
    /// which no text ranking is meant to recover.
    /// </summary>
    public static IEnumerable<(ControlKey Source, ControlKey Target)> Gold(MappingGraph graph, Catalogs.CatalogRef from, Catalogs.CatalogRef to) =>
        graph.Edges
            .Where(e => e.From.Catalog == from && e.To.Catalog == to && !e.IsConverse && e.Relationship != Relationship.NoRelationship
                && MappingPolicy.Default.Accepts(e.Mapping))
            .Select(e => (e.From, e.To));

    public static SuggestionQuality Measure(ImmutableArray<MappingSuggestion> suggestions, IEnumerable<(ControlKey Source, ControlKey Target)> gold, int k)
    {
        var pairs = gold.Distinct().ToList();
        var bySource = suggestions.ToLookup(s => s.Source);
        var found = pairs.Count(p => bySource[p.Source].Any(s => s.Rank <= k && s.Target == p.Target));
        var goldBySource = pairs.ToLookup(p => p.Source, p => p.Target);
        var sources = goldBySource.Select(g => g.Key).ToList();
        var firstRight = sources.Count(s => bySource[s].FirstOrDefault(x => x.Rank == 1) is { } first && goldBySource[s].Contains(first.Target));
        return new SuggestionQuality(
            pairs.Count,
            sources.Count,
            pairs.Count == 0 ? 0 : (double)found / pairs.Count,
            sources.Count == 0 ? 0 : (double)firstRight / sources.Count,
            k);
    }
}
