using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.Output.Json;

namespace ProcurementBaseline.Cli.Output;

public static class ControlJsonMapper
{
    public static ControlJson Map(Catalog catalog, IndexedControl indexed)
    {
        var c = indexed.Control;
        return new ControlJson(
            catalog.Ref.ToString(),
            c.Id,
            c.Class,
            CatalogFacts.Text(c.Title),
            c.Statement is null ? null : CatalogFacts.Text(c.Statement),
            c.Guidance is null ? null : CatalogFacts.Text(c.Guidance),
            NullIfEmpty(c.Examples.Select(CatalogFacts.Text).ToList()),
            CatalogWords.ControlStatuses.Word(c.Status),
            NullIfEmpty(c.Successors.Select(s => new SuccessorJson(CatalogWords.SuccessorKinds.Word(s.Kind), s.ControlId)).ToList()),
            CatalogWords.Fidelities.Word(CatalogFacts.EffectiveFidelity(catalog, c)),
            c.Fidelity is null,
            c.Completeness,
            c.Locator is { } l ? new LocatorJson(l.Document, l.Section, l.Page, l.Url, l.AssignedId) : null,
            [.. indexed.Groups.Select(g => g.Id)],
            indexed.Parent?.Id,
            NullIfEmpty(c.Controls.Select(child => child.Id).ToList()),
            NullIfEmpty(c.Tags.ToList()),
            c.Applicability.Count == 0 ? null : c.Applicability.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value], StringComparer.Ordinal),
            c.Properties.Count == 0 ? null : c.Properties.ToDictionary(StringComparer.Ordinal),
            NullIfEmpty(c.Related.ToList()),
            NullIfEmpty(c.References.Select(r => new ReferenceJson(r.Scheme, r.Text, r.Title, r.Href, r.Catalog, NullIfEmpty(r.Controls.ToList()))).ToList()));
    }

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;
}
