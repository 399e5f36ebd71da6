using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>A figure with its bootstrap 95% interval.</summary>
public readonly record struct Estimate(double Value, double Low, double High);

/// <summary>What ranking found for one source control of a known crosswalk: how many targets it maps to, and the rank (1-based, within the first 10) of each one found.</summary>
public readonly record struct SourceOutcome(int Gold, ImmutableArray<int> FoundAt);

/// <summary>
/// How well suggestions recover a known crosswalk: recall@1/5/10 over its pairs, precision@1 and mean reciprocal rank
/// (of the first right target within 10) over its source controls, each with a 95% interval from 1,000 bootstrap
/// resamples of the source controls (a fixed seed, so the figures repeat).
/// </summary>
public sealed record SuggestionQuality(int Pairs, int Sources, Estimate RecallAt1, Estimate RecallAt5, Estimate RecallAt10, Estimate PrecisionAt1, Estimate MeanReciprocalRank)
{
    public const int Depth = 10;
    private const int Resamples = 1000;
    private const int Seed = 14;

    /// <summary>
    /// The pairs a suggester should find: the stated (not converse) pairwise mappings from one catalog to another that
    /// the default policy counts, so neither no-relationship records nor weak context-only mappings (below strength 5),
    /// which no text ranking is meant to recover.
    /// </summary>
    public static IEnumerable<(ControlKey Source, ControlKey Target)> Gold(MappingGraph graph, Catalogs.CatalogRef from, Catalogs.CatalogRef to) =>
        graph.Edges
            .Where(e => e.From.Catalog == from && e.To.Catalog == to && !e.IsConverse && e.Relationship != Relationship.NoRelationship
                && MappingPolicy.Default.Accepts(e.Mapping))
            .Select(e => (e.From, e.To))
            .Distinct();

    /// <summary>Ranks every source control the gold pairs name and records where their targets came.</summary>
    public static ImmutableArray<SourceOutcome> Outcomes(SuggestionSpace space, ILookup<string, string> gold, RankingParameters parameters, ControlLevel level) =>
        [.. gold.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var targets = g.Distinct(StringComparer.Ordinal).ToList();
            var source = space.SourceIndex(g.Key);
            if (source < 0)
            {
                return new SourceOutcome(targets.Count, []);
            }

            var ranked = SuggestionRanker.Rank(space, source, parameters, level, Depth);
            var found = ranked.Select((r, i) => (Id: space.Targets[r.Target].Id, Rank: i + 1)).Where(r => targets.Contains(r.Id, StringComparer.Ordinal)).Select(r => r.Rank);
            return new SourceOutcome(targets.Count, [.. found]);
        })];

    public static SuggestionQuality Measure(IReadOnlyList<SourceOutcome> outcomes)
    {
        var point = Point(outcomes);
        var random = new Random(Seed);
        var samples = new double[5][];
        for (var m = 0; m < samples.Length; m++)
        {
            samples[m] = new double[Resamples];
        }

        var resample = new SourceOutcome[outcomes.Count];
        for (var r = 0; r < Resamples && outcomes.Count > 0; r++)
        {
            for (var i = 0; i < resample.Length; i++)
            {
                resample[i] = outcomes[random.Next(outcomes.Count)];
            }

            var figures = Point(resample);
            for (var m = 0; m < samples.Length; m++)
            {
                samples[m][r] = figures[m];
            }
        }

        Estimate At(int m)
        {
            if (outcomes.Count == 0)
            {
                return new Estimate(0, 0, 0);
            }

            Array.Sort(samples[m]);
            return new Estimate(point[m], samples[m][(int)(0.025 * (Resamples - 1))], samples[m][(int)Math.Ceiling(0.975 * (Resamples - 1))]);
        }

        return new SuggestionQuality(outcomes.Sum(o => o.Gold), outcomes.Count, At(0), At(1), At(2), At(3), At(4));
    }

    /// <summary>Recall@1, @5, @10, precision@1 and mean reciprocal rank, without intervals.</summary>
    public static double[] Point(IReadOnlyList<SourceOutcome> outcomes)
    {
        var pairs = outcomes.Sum(o => o.Gold);
        double Recall(int k) => pairs == 0 ? 0 : outcomes.Sum(o => o.FoundAt.Count(r => r <= k)) / (double)pairs;
        var sources = outcomes.Count;
        return
        [
            Recall(1),
            Recall(5),
            Recall(Depth),
            sources == 0 ? 0 : outcomes.Count(o => o.FoundAt.Contains(1)) / (double)sources,
            sources == 0 ? 0 : outcomes.Sum(o => o.FoundAt.IsEmpty ? 0 : 1.0 / o.FoundAt.Min()) / sources,
        ];
    }
}
