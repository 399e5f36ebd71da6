using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Writing;
using static ProcurementBaseline.Oscal.Writing.OscalNodes;

namespace ProcurementBaseline.Oscal.Mappings;

/// <summary>
/// Writes a crosswalk as an OSCAL 1.2 mapping collection: one map per pair of a pairwise mapping and one map per
/// target of a combined mapping (its members as the map's sources), each with its relationship token, matching
/// rationale, confidence (strength ÷ 10), coverage and remarks, and our provenance, method, author, date, status
/// and exact strength as props; the collection's provenance and the source and target gap summaries (the controls
/// no mapping names). <see cref="MappingCollectionImporter"/> reads it back to the same crosswalk.
/// </summary>
public static class MappingCollectionExporter
{
    public static JsonObject Export(Crosswalk crosswalk, Catalog source, Catalog target, DateOnly lastModified)
    {
        var sourceTokens = OscalTokens.ForCatalog(source);
        var targetTokens = OscalTokens.ForCatalog(target);
        var maps = new JsonArray();
        for (var index = 0; index < crosswalk.Mappings.Length; index++)
        {
            foreach (var map in Maps(crosswalk, index, sourceTokens, targetTokens))
            {
                maps.Add((JsonNode)map);
            }
        }

        var provenance = Provenance(crosswalk);
        var mapping = new JsonObject()
            .With("uuid", StableUuid.Of("mapping", crosswalk.Name))
            .With("method", provenance["method"]!.DeepClone())
            .With("matching-rationale", provenance["matching-rationale"]!.DeepClone())
            .With("status", provenance["status"]!.DeepClone())
            .With("source-resource", Resource(crosswalk.Source))
            .With("target-resource", Resource(crosswalk.Target))
            .With("maps", maps)
            .With("source-gap-summary", GapSummary(crosswalk, "source", source, crosswalk.Mappings.SelectMany(m => m.Sources), sourceTokens))
            .With("target-gap-summary", GapSummary(crosswalk, "target", target, crosswalk.Mappings.SelectMany(m => m.Targets), targetTokens));
        var body = new JsonObject()
            .With("uuid", StableUuid.Of("mapping-collection", crosswalk.Name))
            .With("metadata", new JsonObject()
                .With("title", crosswalk.Title)
                .With("last-modified", DateTime(lastModified))
                .With("version", crosswalk.Name)
                .With("oscal-version", OscalNamespace.OscalVersion)
                .With("props", Array([Prop(MappingProps.Crosswalk, crosswalk.Name)]))
                .With("remarks", crosswalk.Description))
            .With("provenance", provenance)
            .With("mappings", new JsonArray(mapping));
        return new JsonObject { ["mapping-collection"] = body };
    }

    /// <summary>The file name an exported catalog is given, and the href a mapping collection names it by.</summary>
    public static string CatalogHref(CatalogRef catalog) => $"{catalog}.oscal.json";

    private static JsonObject Resource(CatalogRef catalog) =>
        new JsonObject()
            .With("type", "catalog")
            .With("href", CatalogHref(catalog))
            .With("props", new JsonArray(Prop(MappingProps.Catalog, catalog.ToString())));

    private static JsonObject Provenance(Crosswalk crosswalk)
    {
        var methods = crosswalk.Mappings.Select(m => m.Method).Distinct().ToList();
        var rationale = crosswalk.Mappings.GroupBy(m => m.Rationale).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault(RationaleType.Semantic);
        return new JsonObject()
            .With("method", CrosswalkWords.Methods.Word(methods.Count == 1 ? methods[0] : MappingMethod.Hybrid))
            .With("matching-rationale", CrosswalkWords.Rationales.Word(rationale))
            .With("status", crosswalk.Mappings.All(m => m.Status == MappingStatus.Reviewed) ? "complete" : "draft")
            .With("mapping-description", crosswalk.Description ?? crosswalk.Title);
    }

    private static IEnumerable<JsonObject> Maps(Crosswalk crosswalk, int index, OscalTokens sourceTokens, OscalTokens targetTokens)
    {
        var mapping = crosswalk.Mappings[index];
        var groups = mapping.Combined
            ? mapping.Targets.Select(t => (Sources: mapping.Sources, Target: t))
            : mapping.Pairs.Select(p => (Sources: ImmutableArray.Create(p.Source), p.Target));
        var part = 0;
        foreach (var (sources, target) in groups)
        {
            yield return new JsonObject()
                .With("uuid", StableUuid.Of("map", crosswalk.Name, index.ToString(CultureInfo.InvariantCulture), (part++).ToString(CultureInfo.InvariantCulture)))
                .With("relationship", CrosswalkWords.Relationships.Word(mapping.Relationship))
                .With("matching-rationale", CrosswalkWords.Rationales.Word(mapping.Rationale))
                .With("confidence-score", new JsonObject().With("percentage", JsonValue.Create(mapping.Strength / 10m)))
                .With("coverage", mapping.Coverage is { } coverage ? new JsonObject().With("target-coverage", JsonValue.Create((decimal)coverage)) : null)
                .With("props", Array([
                    Prop(MappingProps.Index, index.ToString(CultureInfo.InvariantCulture)),
                    Prop(MappingProps.Strength, mapping.Strength.ToString(CultureInfo.InvariantCulture)),
                    Prop(MappingProps.Provenance, CrosswalkWords.Provenances.Word(mapping.Provenance)),
                    Prop(MappingProps.Method, CrosswalkWords.Methods.Word(mapping.Method)),
                    Prop(MappingProps.Author, mapping.Author),
                    Prop(MappingProps.Date, mapping.Date is { } date ? Date(date) : null),
                    Prop(MappingProps.Status, CrosswalkWords.Statuses.Word(mapping.Status)),
                ]))
                .With("sources", Array(sources.Select(s => Item(s, sourceTokens))))
                .With("targets", new JsonArray(Item(target, targetTokens)))
                .With("remarks", mapping.Remarks);
        }
    }

    private static JsonObject Item(string controlId, OscalTokens tokens)
    {
        var token = tokens[controlId];
        return new JsonObject()
            .With("type", "control")
            .With("id-ref", token)
            .With("props", token == controlId ? null : new JsonArray(Prop("label", controlId, ns: null)));
    }

    private static JsonObject? GapSummary(Crosswalk crosswalk, string side, Catalog catalog, IEnumerable<string> mapped, OscalTokens tokens)
    {
        var named = new HashSet<string>(mapped, StringComparer.Ordinal);
        var unmapped = catalog.AllControls
            .Where(c => c.Control.Status == ControlStatus.Active && !named.Contains(c.Control.Id))
            .Select(c => JsonValue.Create(tokens[c.Control.Id]))
            .ToList();
        return unmapped.Count == 0
            ? null
            : new JsonObject()
                .With("uuid", StableUuid.Of("gap-summary", crosswalk.Name, side))
                .With("unmapped-controls", new JsonArray(new JsonObject().With("with-ids", Array(unmapped))));
    }
}
