using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// How far crosswalks have been reviewed against what a baseline requires: of the baseline's required controls in a
/// crosswalk's target catalog, how many some mapping names, how many are recorded as no-relationship only, and which
/// are not yet looked at. A row without a crosswalk is the baseline over every crosswalk into its catalogs. Version
/// crosswalks (two versions of one catalog) are not reviews and are left out.
/// </summary>
public sealed record ReviewCoverage(Crosswalk? Crosswalk, ResolvedBaseline Baseline, int Required, int Mapped, int NoRelationship, ImmutableArray<string> NotReviewed)
{
    public bool Complete => NotReviewed.IsEmpty;

    public static ImmutableArray<ReviewCoverage> Build(IEnumerable<Crosswalk> crosswalks, IEnumerable<ResolvedBaseline> baselines)
    {
        var reviews = crosswalks.Where(c => c.Source.CatalogId != c.Target.CatalogId).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var rows = ImmutableArray.CreateBuilder<ReviewCoverage>();
        foreach (var baseline in baselines)
        {
            var perCrosswalk = reviews.Select(c => (Crosswalk: c, Named: Named(c))).ToList();
            foreach (var (crosswalk, named) in perCrosswalk)
            {
                var required = baseline.Controls.Where(c => c.Key.Catalog == crosswalk.Target).Select(c => c.Key).ToList();
                if (required.Count > 0)
                {
                    rows.Add(Row(crosswalk, baseline, required, named));
                }
            }

            var all = perCrosswalk.SelectMany(p => p.Named).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.All(p => p.Value));
            rows.Add(Row(null, baseline, [.. baseline.Controls.Select(c => c.Key)], all));
        }

        return rows.ToImmutable();
    }

    private static ReviewCoverage Row(Crosswalk? crosswalk, ResolvedBaseline baseline, List<ControlKey> required, Dictionary<ControlKey, bool> named) =>
        new(crosswalk, baseline, required.Count,
            required.Count(k => named.TryGetValue(k, out var none) && !none),
            required.Count(k => named.TryGetValue(k, out var none) && none),
            [.. required.Where(k => !named.ContainsKey(k)).Select(k => k.ToString())]);

    /// <summary>The target controls a crosswalk names, each true when only no-relationship mappings name it.</summary>
    private static Dictionary<ControlKey, bool> Named(Crosswalk crosswalk) =>
        crosswalk.Mappings.SelectMany(m => m.Targets.Select(id => (Key: new ControlKey(crosswalk.Target, id), None: m.Relationship == Relationship.NoRelationship)))
            .GroupBy(n => n.Key)
            .ToDictionary(g => g.Key, g => g.All(n => n.None));

    /// <summary>Per catalog, the controls some baseline requires and how many of them some crosswalk has reviewed (mapped or no-relationship).</summary>
    public static IReadOnlyDictionary<CatalogRef, (int Required, int Reviewed)> ByCatalog(IEnumerable<Crosswalk> crosswalks, IEnumerable<ResolvedBaseline> baselines)
    {
        var reviewed = crosswalks.Where(c => c.Source.CatalogId != c.Target.CatalogId)
            .SelectMany(c => c.Mappings.SelectMany(m => m.Sources.Select(id => new ControlKey(c.Source, id)).Concat(m.Targets.Select(id => new ControlKey(c.Target, id)))))
            .ToHashSet();
        return baselines.SelectMany(b => b.Controls).Select(c => c.Key).Distinct()
            .GroupBy(k => k.Catalog)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(reviewed.Contains)));
    }
}
