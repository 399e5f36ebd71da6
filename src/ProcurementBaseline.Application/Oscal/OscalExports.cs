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

    /// <summary>One document; null with the reason when <paramref name="id"/> names nothing of that kind.</summary>
    public static Export? Find(StandardsSet standards, string kind, string id, DateOnly asOf, out string? error)
    {
        error = null;
        var found = All(standards, asOf, kind).FirstOrDefault(e => e.Id == id)
            ?? (kind == "catalog" && standards.Catalogs.Resolve(id) is { } latest ? Catalog(latest, asOf) : null);
        if (found is null)
        {
            var known = All(standards, asOf, kind).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            error = $"no {kind} '{id}' is loaded; the {kind}s are {string.Join(", ", known)}";
        }

        return found;
    }

    /// <summary>Every catalog version, baseline, selection and crosswalk loaded (or every one of <paramref name="onlyKind"/>), built as they are enumerated.</summary>
    public static IEnumerable<Export> All(StandardsSet standards, DateOnly asOf, string? onlyKind = null)
    {
        if (onlyKind is null or "catalog")
        {
            foreach (var catalog in standards.Catalogs.Catalogs)
            {
                yield return Catalog(catalog, asOf);
            }
        }

        if (onlyKind is null or "baseline")
        {
            foreach (var baseline in standards.Baselines)
            {
                yield return new Export("baseline", baseline.Baseline.Id, $"{baseline.Baseline.Id}.profile.json", OscalProfileExporter.Export(baseline, standards.Catalogs, asOf));
            }
        }

        if (onlyKind is null or "selection")
        {
            foreach (var selection in standards.Selections)
            {
                if (standards.Catalogs.Find(selection.Catalog) is { } catalog)
                {
                    yield return new Export("selection", selection.Id, $"{selection.Id}.selection.profile.json", OscalProfileExporter.Export(selection, catalog, asOf));
                }
            }
        }

        if (onlyKind is null or "crosswalk")
        {
            foreach (var crosswalk in standards.Crosswalks)
            {
                if (standards.Catalogs.Find(crosswalk.Source) is { } source && standards.Catalogs.Find(crosswalk.Target) is { } target)
                {
                    yield return new Export("crosswalk", crosswalk.Name, $"{crosswalk.Name}.mapping-collection.json", MappingCollectionExporter.Export(crosswalk, source, target, asOf));
                }
            }
        }
    }

    private static Export Catalog(Catalog catalog, DateOnly asOf) =>
        new("catalog", catalog.Ref.ToString(), MappingCollectionExporter.CatalogHref(catalog.Ref), OscalCatalogExporter.Export(catalog, asOf));
}
