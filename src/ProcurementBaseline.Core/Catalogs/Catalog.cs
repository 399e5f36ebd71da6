using System.Collections.Frozen;
using System.Collections.Immutable;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Catalogs;

/// <summary>One version of one national control catalog. Immutable; safe to share between threads.</summary>
public sealed record Catalog
{
    // Built on first use and tied to the groups it indexes, so a copy made with `with { Groups = ... }` rebuilds it.
    private ControlIndex? _index;

    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required string Publisher { get; init; }

    public required Jurisdiction Jurisdiction { get; init; }

    public required CatalogVersion Version { get; init; }

    /// <summary>The publication date, where the source gives it to the day.</summary>
    public DateOnly? Released { get; init; }

    public required CatalogStatus Status { get; init; }

    public required CatalogSource Source { get; init; }

    public ImmutableArray<ControlGroup> Groups { get; init; } = [];

    public CatalogRef Ref => new(Id, Version);

    /// <summary>Every control in document order, children after their parent.</summary>
    public ImmutableArray<IndexedControl> AllControls => Index.Ordered;

    public int ControlCount => Index.Ordered.Length;

    public IndexedControl? Find(string controlId) => Index.ById.GetValueOrDefault(controlId);

    private ControlIndex Index
    {
        get
        {
            var index = _index;
            if (index is null || index.Groups != Groups)
            {
                index = BuildIndex(Groups);
                _index = index;
            }

            return index;
        }
    }

    private static ControlIndex BuildIndex(ImmutableArray<ControlGroup> groups)
    {
        var entries = new Dictionary<string, IndexedControl>(StringComparer.Ordinal);
        var order = 0;
        foreach (var group in groups)
        {
            AddGroup(group, [group]);
        }

        return new ControlIndex(groups, entries.ToFrozenDictionary(StringComparer.Ordinal), [.. entries.Values.OrderBy(c => c.Order)]);

        void AddGroup(ControlGroup group, ImmutableArray<ControlGroup> path)
        {
            foreach (var control in group.Controls)
            {
                AddControl(control, path, null);
            }

            foreach (var child in group.Groups)
            {
                AddGroup(child, path.Add(child));
            }
        }

        void AddControl(Control control, ImmutableArray<ControlGroup> path, Control? parent)
        {
            // The first definition wins; loaders report duplicates before a catalog is built.
            entries.TryAdd(control.Id, new IndexedControl(control, path, parent, order++));
            foreach (var child in control.Controls)
            {
                AddControl(child, path, control);
            }
        }
    }

    private sealed record ControlIndex(
        ImmutableArray<ControlGroup> Groups, FrozenDictionary<string, IndexedControl> ById, ImmutableArray<IndexedControl> Ordered);

    /// <summary>"; did you mean 'PO.3.3'?" for an id this catalog lacks, when one of its ids is that id with a typo.</summary>
    public string DidYouMean(string id) => Text.Suggestions.DidYouMean(id, AllControls.Select(c => c.Control.Id));
}
