using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Json;
using ProcurementBaseline.Oscal.Mappings;

namespace ProcurementBaseline.Application.Oscal;

/// <summary>
/// <c>procbase oscal import</c>: reads an OSCAL catalog that procbase exported back to a catalog, and any OSCAL 1.2
/// mapping collection to crosswalks. Catalogs from other publishers need the identity OSCAL does not carry (catalog
/// import-oscal) and profiles the catalog they select from (catalog import-oscal-profile); they are pointed there.
/// </summary>
public static class OscalImports
{
    public sealed record Result(string? Model, Catalog? Catalog, ImmutableArray<Crosswalk> Crosswalks, ImmutableArray<Diagnostic> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Any(d => d.IsError) || (Catalog is null && Crosswalks.IsEmpty);
    }

    public static Result Import(string path, string shown, MappingCollectionImportOptions mappingOptions)
    {
        var diagnostics = new DiagnosticBag();
        if (OscalFiles.Read(path, shown, diagnostics) is not { } input)
        {
            return new Result(null, null, [], diagnostics.ToImmutableSorted());
        }

        var model = OscalDocument.ModelOf(input.Json, shown, ["catalog", "mapping-collection", "profile"], diagnostics);
        switch (model)
        {
            case "catalog":
                var catalog = OscalCatalogImporter.Import(input.Json, shown, options: null);
                diagnostics.AddRange(catalog.Diagnostics);
                return new Result(model, catalog.Value, [], diagnostics.ToImmutableSorted());
            case "mapping-collection":
                var collection = MappingCollectionImporter.Import(input.Json, shown, mappingOptions);
                diagnostics.AddRange(collection.Diagnostics);
                return new Result(model, null, collection.Value?.Crosswalks ?? [], diagnostics.ToImmutableSorted());
            case "profile":
                diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, SourceLocation.WholeFile(shown), "a profile (import it with catalog import-oscal-profile, which resolves it against its catalog)", "oscal import", "/profile");
                return new Result(model, null, [], diagnostics.ToImmutableSorted());
            default:
                return new Result(null, null, [], diagnostics.ToImmutableSorted());
        }
    }
}
