using System.Collections.Immutable;
using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Json;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>
/// Converts an OSCAL 1.x JSON catalog to our catalog model: ids, titles, statements with parameters rendered,
/// guidance, examples, props (ISM applicability, Essential Eight maturity), links and back-matter references.
/// Groups that hold no control at any depth (the ISM's prose chapters) are left out.
/// </summary>
public static class OscalCatalogImporter
{
    /// <summary>
    /// Imports a catalog: one that procbase exported is read back whole from its own props (<paramref name="options"/>
    /// may be null); any other needs <paramref name="options"/> for the identity OSCAL does not carry (PB1207).
    /// </summary>
    public static LoadResult<Catalog> Import(ReadOnlyMemory<byte> json, string file, OscalCatalogImportOptions? options)
    {
        var diagnostics = new DiagnosticBag();
        if (OscalDocument.Open(json, file, "catalog", diagnostics) is not { } document)
        {
            return new LoadResult<Catalog>(null, diagnostics.ToImmutableSorted());
        }

        using (document)
        {
            var root = document.RootElement.GetProperty("catalog");
            if (ExportedCatalogReader.IsExported(root))
            {
                var exported = ExportedCatalogReader.Read(root, file, diagnostics);
                return new LoadResult<Catalog>(diagnostics.HasErrors ? null : exported, diagnostics.ToImmutableSorted());
            }

            if (options is null)
            {
                diagnostics.Add(DiagnosticCodes.OscalCatalogNeedsIdentity, SourceLocation.WholeFile(file));
                return new LoadResult<Catalog>(null, diagnostics.ToImmutableSorted());
            }

            var metadata = root.Object("metadata") ?? default;
            var ids = OscalIdMap.Build(root, options.IdStyle);
            var converter = new OscalControlConverter(root, ids, options, file, diagnostics);
            var groups = converter.ConvertGroups(root);
            var released = options.Released ?? ReleaseDate(metadata);
            if (released is null)
            {
                diagnostics.Add(DiagnosticCodes.OscalMissingField, SourceLocation.WholeFile(file), "metadata", "published");
                return new LoadResult<Catalog>(null, diagnostics.ToImmutableSorted());
            }

            var catalog = new Catalog
            {
                Id = options.Id,
                Title = LocalizedText.Of(options.Title ?? metadata.String("title") ?? options.Id),
                Publisher = options.Publisher ?? Publisher(metadata) ?? "unknown",
                Jurisdiction = options.Jurisdiction,
                Version = options.Version,
                Released = released.Value,
                Status = options.Status,
                Source = options.Source,
                Groups = groups,
            };
            return new LoadResult<Catalog>(diagnostics.HasErrors ? null : catalog, diagnostics.ToImmutableSorted());
        }
    }

    private static DateOnly? ReleaseDate(JsonElement metadata) => OscalJson.Date(metadata.String("published") ?? metadata.String("last-modified"));

    private static string? Publisher(JsonElement metadata) =>
        metadata.Array("parties").Where(p => p.String("type") == "organization").Select(p => p.String("name")).LastOrDefault();

    internal static ImmutableArray<T> Collect<T>(IEnumerable<T?> items)
        where T : class => [.. items.OfType<T>()];
}
