using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// The direct mappings among a set of catalog versions, per control, and a gap summary: the controls each catalog
/// has in the groups the mappings touch that nothing maps to the other catalogs.
/// </summary>
public sealed record CoverageMatrix(
    ImmutableArray<CatalogRef> Catalogs,
    ImmutableArray<CoverageMatrixRow> Rows,
    ImmutableArray<CoverageGap> Gaps)
{
    public static CoverageMatrix Build(MappingGraph graph, IReadOnlyList<CatalogRef> catalogs)
    {
        var chosen = catalogs.ToHashSet();
        var rows = ImmutableArray.CreateBuilder<CoverageMatrixRow>();
        var gaps = ImmutableArray.CreateBuilder<CoverageGap>();
        foreach (var reference in catalogs)
        {
            var catalog = graph.Catalogs.Find(reference) ?? throw new ArgumentException($"{reference} is not loaded.", nameof(catalogs));
            var mapped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var indexed in catalog.AllControls)
            {
                var key = new ControlKey(reference, indexed.Control.Id);
                var edges = graph.Outgoing(key).Where(e => chosen.Contains(e.To.Catalog) && e.To.Catalog != reference)
                    .OrderBy(e => e.To).ThenBy(e => e.IsConverse).ToImmutableArray();
                if (!edges.IsEmpty)
                {
                    mapped.Add(indexed.Control.Id);
                    rows.Add(new CoverageMatrixRow(key, indexed.Control.Title.Default, edges));
                }
            }

            gaps.Add(CoverageGap.Find(catalog, mapped));
        }

        return new CoverageMatrix([.. catalogs], rows.ToImmutable(), gaps.ToImmutable());
    }
}

/// <summary>One control and its direct mappings to the other catalogs of the matrix, read from this control.</summary>
public sealed record CoverageMatrixRow(ControlKey Control, string Title, ImmutableArray<MappingEdge> Mappings);

/// <summary>
/// The controls of one catalog with no mapping to the others: those inside the top-level groups that some mapping
/// touches (the scope the crosswalks address), and a count of the rest. A control whose child controls are mapped
/// (an SSDF practice whose tasks are) does not count as a gap.
/// </summary>
public sealed record CoverageGap(CatalogRef Catalog, int Controls, int Mapped, ImmutableArray<string> InScopeUnmapped, int OutOfScope)
{
    public static CoverageGap Find(Catalog catalog, IReadOnlySet<string> mapped)
    {
        var all = catalog.AllControls;
        var scope = all.Where(c => mapped.Contains(c.Control.Id)).Select(c => TopGroup(c)).ToHashSet(StringComparer.Ordinal);
        var parentsOfMapped = all.Where(c => mapped.Contains(c.Control.Id)).Where(c => c.Parent is not null).Select(c => c.Parent!.Id).ToHashSet(StringComparer.Ordinal);
        var unmapped = all.Where(c => !mapped.Contains(c.Control.Id) && !parentsOfMapped.Contains(c.Control.Id) && c.Control.Status == ControlStatus.Active).ToList();
        var inScope = unmapped.Where(c => scope.Contains(TopGroup(c))).Select(c => c.Control.Id).ToImmutableArray();
        return new CoverageGap(catalog.Ref, all.Length, mapped.Count, inScope, unmapped.Count - inScope.Length);
    }

    private static string TopGroup(IndexedControl control) => control.Groups.IsEmpty ? "" : control.Groups[0].Id;
}
