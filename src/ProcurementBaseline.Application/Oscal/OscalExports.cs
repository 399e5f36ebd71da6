using System.Text.Json.Nodes;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Mappings;
using ProcurementBaseline.Oscal.Profiles;

namespace ProcurementBaseline.Application.Oscal;

/// <summary>What <c>procbase oscal export</c> writes from the loaded standards: each document with the file name it is given.</summary>
public static class OscalExports
{
    public static readonly IReadOnlyList<string> Kinds = ["catalog", "baseline", "selection", "crosswalk"];

    public sealed record Export(string Kind, string Id, string FileName, JsonObject Document);

    /// <summary>One document; null with the reason when <paramref name="id"/> names nothing of that kind. Only that one is built.</summary>
    public static Export? Find(StandardsSet standards, string kind, string id, DateOnly asOf, out string? error)
    {
        error = null;
        var candidates = Candidates(standards, kind).ToList();
        if (candidates.FirstOrDefault(c => c.Id == id).Build is { } build)
        {
            return build(asOf);
        }

        if (kind == "catalog" && standards.Catalogs.Resolve(id) is { } latest)
        {
            return Catalog(latest, asOf);
        }

        error = $"no {kind} '{id}' is loaded; the {kind}s are {string.Join(", ", candidates.Select(c => c.Id).Order(StringComparer.Ordinal))}";
        return null;
    }

    /// <summary>Every catalog version, baseline, selection and crosswalk loaded (or every one of <paramref name="onlyKind"/>), built as they are enumerated.</summary>
    public static IEnumerable<Export> All(StandardsSet standards, DateOnly asOf, string? onlyKind = null) =>
        Kinds.Where(k => onlyKind is null || k == onlyKind).SelectMany(k => Candidates(standards, k)).Select(c => c.Build(asOf));

    /// <summary>What can be exported of one kind, by id, each built only when asked for.</summary>
    private static IEnumerable<(string Id, Func<DateOnly, Export> Build)> Candidates(StandardsSet standards, string kind) => kind switch
    {
        "catalog" => standards.Catalogs.Catalogs.Select(c => (c.Ref.ToString(), (Func<DateOnly, Export>)(asOf => Catalog(c, asOf)))),
        "baseline" => standards.Baselines.Select(b => (b.Baseline.Id, (Func<DateOnly, Export>)(asOf =>
            new Export("baseline", b.Baseline.Id, $"{b.Baseline.Id}.profile.json", OscalProfileExporter.Export(b, standards.Catalogs, asOf))))),
        "selection" => standards.Selections.Where(s => standards.Catalogs.Find(s.Catalog) is not null).Select(s => (s.Id, (Func<DateOnly, Export>)(asOf =>
            new Export("selection", s.Id, $"{s.Id}.selection.profile.json", OscalProfileExporter.Export(s, standards.Catalogs.Find(s.Catalog)!, asOf))))),
        "crosswalk" => standards.Crosswalks.Where(c => standards.Catalogs.Find(c.Source) is not null && standards.Catalogs.Find(c.Target) is not null).Select(c => (c.Name, (Func<DateOnly, Export>)(asOf =>
            new Export("crosswalk", c.Name, $"{c.Name}.mapping-collection.json", MappingCollectionExporter.Export(c, standards.Catalogs.Find(c.Source)!, standards.Catalogs.Find(c.Target)!, asOf))))),
        _ => [],
    };

    private static Export Catalog(Catalog catalog, DateOnly asOf) =>
        new("catalog", catalog.Ref.ToString(), MappingCollectionExporter.CatalogHref(catalog.Ref), OscalCatalogExporter.Export(catalog, asOf));
}
