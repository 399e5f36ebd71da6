using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ProcurementBaseline.Text;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Json;
using ProcurementBaseline.Oscal.Writing;

namespace ProcurementBaseline.Oscal.Mappings;

/// <summary>
/// Reads an OSCAL 1.2 mapping collection as crosswalks, one per <c>mapping</c> (a pair of source and target
/// resources). A map with several sources becomes a combined mapping; a map with several targets relates the sets,
/// which a crosswalk states per target, so its relationship is weakened to what holds for each target (PB1210).
/// Whatever a crosswalk cannot hold (statement-level items, qualifiers, links, unknown members) is reported (PB1209).
/// Maps that procbase exported carry their exact values in our namespace and are read back to the same crosswalk.
/// </summary>
public static class MappingCollectionImporter
{
    private const string Format = "crosswalk";

    private static readonly ImmutableHashSet<string> BodyMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "uuid", "metadata", "provenance", "mappings", "back-matter");
    private static readonly ImmutableHashSet<string> MetadataMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "title", "published", "last-modified", "version", "oscal-version", "props", "remarks", "parties");
    private static readonly ImmutableHashSet<string> ProvenanceMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "method", "matching-rationale", "status", "mapping-description");
    private static readonly ImmutableHashSet<string> MappingMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "uuid", "method", "matching-rationale", "status", "mapping-description", "source-resource", "target-resource", "maps", "source-gap-summary", "target-gap-summary");
    private static readonly ImmutableHashSet<string> MapMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "uuid", "relationship", "matching-rationale", "confidence-score", "coverage", "props", "sources", "targets", "remarks");

    private static readonly string[] GapSummaries = ["source-gap-summary", "target-gap-summary"];

    public sealed record Imported(ImmutableArray<Crosswalk> Crosswalks);

    public static LoadResult<Imported> Import(ReadOnlyMemory<byte> json, string file, MappingCollectionImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        using var document = OscalDocument.Open(json, file, "mapping-collection", diagnostics);
        if (document is null)
        {
            return new LoadResult<Imported>(null, diagnostics.ToImmutableSorted());
        }

        var pointed = new PointedDiagnostics(json, file);
        var body = document.RootElement.GetProperty("mapping-collection");
        var reader = new CollectionReader(body, options, pointed);
        var crosswalks = reader.Read();
        pointed.CopyTo(diagnostics);
        return new LoadResult<Imported>(diagnostics.HasErrors ? null : new Imported(crosswalks), diagnostics.ToImmutableSorted());
    }

    private sealed class CollectionReader(JsonElement body, MappingCollectionImportOptions options, PointedDiagnostics diagnostics)
    {
        private readonly JsonElement _metadata = body.Object("metadata") ?? default;
        private readonly JsonElement _provenance = body.Object("provenance") ?? default;
        private readonly bool _exported = (body.Object("metadata") ?? default).Ours(MappingProps.Crosswalk) is not null;

        public ImmutableArray<Crosswalk> Read()
        {
            NotImported(body, "/mapping-collection", BodyMembers, "the mapping collection's");
            NotImported(_metadata, "/mapping-collection/metadata", MetadataMembers, "the metadata's");
            NotImported(_provenance, "/mapping-collection/provenance", ProvenanceMembers, "the provenance's");
            if (body.TryGetProperty("back-matter", out _))
            {
                diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, "/mapping-collection/back-matter", "the back-matter", Format);
            }

            // OSCAL 1.2.2 allows one mapping as an object or several as an array.
            var mappings = body.TryGetProperty("mappings", out var value) && value.ValueKind == JsonValueKind.Object
                ? [(value, "/mapping-collection/mappings")]
                : body.Array("mappings").Select((m, i) => (m, $"/mapping-collection/mappings/{i}")).ToList();
            if (mappings.Count == 0)
            {
                diagnostics.Add(DiagnosticCodes.OscalMissingField, "/mapping-collection", "the mapping collection", "mappings");
            }

            return [.. mappings.Select(m => Crosswalk(m.Item1, m.Item2, mappings.Count > 1)).OfType<Crosswalk>()];
        }

        private Crosswalk? Crosswalk(JsonElement mapping, string pointer, bool several)
        {
            NotImported(mapping, pointer, MappingMembers, "the mapping's");
            // Gap summaries are worked out from the catalogs; ours are, so only another tool's are worth a word.
            foreach (var gap in GapSummaries.Where(g => !_exported && mapping.TryGetProperty(g, out _)))
            {
                diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, $"{pointer}/{gap}", $"the {gap} (procbase works it out from the catalogs)", Format);
            }

            var source = Catalog(mapping.Object("source-resource") ?? default, "source", $"{pointer}/source-resource");
            var target = Catalog(mapping.Object("target-resource") ?? default, "target", $"{pointer}/target-resource");
            var maps = mapping.Array("maps").Select((m, i) => (Mapping: Map(m, $"{pointer}/maps/{i}", mapping), Group: m.Ours(MappingProps.Index)))
                .Where(m => m.Mapping is not null).Select(m => (m.Mapping!, m.Group)).ToList();
            var defaulted = mapping.Array("maps").Count(m => !m.TryGetProperty("confidence-score", out _) && m.Ours(MappingProps.Strength) is null);
            if (defaulted > 0)
            {
                diagnostics.Add(DiagnosticCodes.MapStrengthAssumed, $"{pointer}/maps", defaulted, options.DefaultStrength);
            }

            if (source is null || target is null)
            {
                return null;
            }

            var title = _metadata.String("title") ?? $"{source} to {target}";
            return new Crosswalk
            {
                Source = source.Value,
                Target = target.Value,
                Title = several ? $"{title} ({source} to {target})" : title,
                Description = _exported
                    ? _metadata.String("remarks")
                    : mapping.String("mapping-description") ?? _provenance.String("mapping-description") ?? _metadata.String("remarks"),
                Mappings = [.. Regroup(maps)],
            };
        }

        private CatalogRef? Catalog(JsonElement resource, string side, string pointer)
        {
            if (resource.Ours(MappingProps.Catalog) is { } named && CatalogRef.TryParse(named, out var ours))
            {
                return ours;
            }

            var href = resource.String("href") ?? string.Empty;
            if (options.Catalogs.TryGetValue(href, out var given))
            {
                return given;
            }

            diagnostics.Add(DiagnosticCodes.MappingResourceUnknown, pointer, side, href);
            return null;
        }

        private Mapping? Map(JsonElement map, string pointer, JsonElement mapping)
        {
            NotImported(map, pointer, MapMembers, "the map's");
            var sources = Items(map, "sources", pointer);
            var targets = Items(map, "targets", pointer);
            var word = map.String("relationship");
            if (word is null || !CrosswalkWords.Relationships.TryParse(word, out var relationship))
            {
                diagnostics.Add(DiagnosticCodes.OscalValueNotAllowed, $"{pointer}/relationship", "the relationship", word ?? "(none)", CrosswalkWords.Relationships.Listing);
                return null;
            }

            if (map.String("ns") is { } ns && ns != OscalNamespace.Uri)
            {
                diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, $"{pointer}/ns", $"the relationship namespace '{ns}'", Format);
            }

            if (sources.Count == 0 || targets.Count == 0)
            {
                diagnostics.Add(DiagnosticCodes.OscalMissingField, pointer, "the map", sources.Count == 0 ? "sources (of type control)" : "targets (of type control)");
                return null;
            }

            var perTarget = PerTarget(relationship, sources.Count, targets.Count);
            if (perTarget != relationship)
            {
                diagnostics.Add(DiagnosticCodes.MapReadPerTarget, pointer, sources.Count, targets.Count, word, CrosswalkWords.Relationships.Word(perTarget));
            }

            return new Mapping
            {
                Sources = [.. sources],
                Combined = sources.Count > 1 && relationship != Relationship.NoRelationship,
                Targets = [.. targets],
                Relationship = perTarget,
                Rationale = Word(CrosswalkWords.Rationales, map.String("matching-rationale") ?? mapping.String("matching-rationale") ?? _provenance.String("matching-rationale"), RationaleType.Semantic),
                Strength = Strength(map, pointer),
                Coverage = Coverage(map, pointer),
                Provenance = Word(CrosswalkWords.Provenances, map.Ours(MappingProps.Provenance), options.Provenance),
                Method = Word(CrosswalkWords.Methods, map.Ours(MappingProps.Method) ?? mapping.String("method") ?? _provenance.String("method"), MappingMethod.Human),
                Author = map.Ours(MappingProps.Author) ?? options.Author ?? Parties() ?? $"the authors of '{_metadata.String("title") ?? "this mapping collection"}'",
                Date = OscalJson.Date(map.Ours(MappingProps.Date) ?? (_exported ? null : _metadata.String("last-modified"))),
                Status = map.Ours(MappingProps.Status) is { } status
                    ? Word(CrosswalkWords.Statuses, status, MappingStatus.Draft)
                    : (mapping.String("status") ?? _provenance.String("status")) == "complete" ? MappingStatus.Reviewed : MappingStatus.Draft,
                Remarks = map.String("remarks"),
                Origin = null,
            };
        }

        /// <summary>
        /// What a relationship between the set of sources and the set of targets says of each target: S = ∪T or
        /// S ⊃ ∪T gives S ⊃ Tᵢ; S ⊂ ∪T or an overlap gives only an overlap; disjoint sets stay disjoint.
        /// </summary>
        private static Relationship PerTarget(Relationship relationship, int sources, int targets) =>
            targets == 1 ? relationship : relationship switch
            {
                Relationship.EqualTo or Relationship.EquivalentTo or Relationship.SupersetOf => Relationship.SupersetOf,
                Relationship.NoRelationship => Relationship.NoRelationship,
                _ => Relationship.IntersectsWith,
            };

        private List<string> Items(JsonElement map, string side, string pointer)
        {
            var items = new List<string>();
            var index = 0;
            foreach (var item in map.Array(side))
            {
                var type = item.String("type");
                var idRef = item.String("id-ref");
                if (type != "control" || idRef is null)
                {
                    diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, $"{pointer}/{side}/{index}", $"a {type ?? "typeless"} item ('{idRef}'; a crosswalk maps whole controls)", Format);
                }
                else
                {
                    var label = item.Array("props").Where(p => p.String("name") == "label" && p.String("ns") is null).Select(p => p.String("value")).FirstOrDefault();
                    items.Add(label ?? idRef);
                }

                index++;
            }

            return [.. items.Distinct(StringComparer.Ordinal)];
        }

        private double? Coverage(JsonElement map, string pointer) =>
            Share(map.Object("coverage") ?? default, "target-coverage", $"{pointer}/coverage/target-coverage", "the target coverage");

        /// <summary>A number from 0 to 1, when the member is there; anything else there is reported and read as absent.</summary>
        private double? Share(JsonElement element, string name, string pointer, string what)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var share) && share is >= 0 and <= 1)
            {
                return share;
            }

            diagnostics.Add(DiagnosticCodes.OscalValueNotAllowed, pointer, what, value.ValueKind == JsonValueKind.Number ? value.GetRawText() : $"a JSON {value.ValueKind.ToString().ToLowerInvariant()}", "a number from 0 to 1");
            return null;
        }

        private int Strength(JsonElement map, string pointer)
        {
            if (map.Ours(MappingProps.Strength) is { } exact && int.TryParse(exact, NumberStyles.None, CultureInfo.InvariantCulture, out var strength) && strength <= 10)
            {
                return strength;
            }

            var score = map.Object("confidence-score") ?? default;
            if (Share(score, "percentage", $"{pointer}/confidence-score/percentage", "the confidence percentage") is { } share)
            {
                return (int)Math.Round(share * 10, MidpointRounding.AwayFromZero);
            }

            return score.String("category") is { } category && CrosswalkWords.Confidences.TryParse(category, out var word)
                ? CrosswalkWords.Strength(word)
                : options.DefaultStrength;
        }

        private string? Parties()
        {
            var names = _metadata.Array("parties").Select(p => p.String("name")).OfType<string>().ToList();
            return names.Count == 0 ? null : string.Join(", ", names);
        }


        private void NotImported(JsonElement element, string pointer, ImmutableHashSet<string> known, string whose)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var member in element.EnumerateObject().Where(m => !known.Contains(m.Name)))
            {
                diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, $"{pointer}/{JsonLocations.Escape(member.Name)}", $"{whose} '{member.Name}'", Format);
            }

            foreach (var (prop, index) in element.Array("props").Select((p, i) => (p, i)).Where(p => p.p.String("ns") != OscalNamespace.Uri))
            {
                diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, $"{pointer}/props/{index}", $"{whose} prop '{prop.String("name")}'", Format);
            }
        }

        private static T Word<T>(Text.EnumWords<T> words, string? word, T fallback)
            where T : struct, Enum => word is not null && words.TryParse(word, out var value) ? value : fallback;


        /// <summary>Maps that one mapping was written as (the same mapping-index) become that mapping again.</summary>
        private static List<Mapping> Regroup(List<(Mapping Mapping, string? Group)> maps)
        {
            var mappings = new List<Mapping>();
            string? previous = null;
            foreach (var (mapping, group) in maps)
            {
                if (group is not null && group == previous)
                {
                    var last = mappings[^1];
                    mappings[^1] = last with
                    {
                        Sources = [.. last.Sources.Union(mapping.Sources, StringComparer.Ordinal)],
                        Targets = [.. last.Targets.Union(mapping.Targets, StringComparer.Ordinal)],
                    };
                }
                else
                {
                    mappings.Add(mapping);
                }

                previous = group;
            }

            return mappings;
        }
    }
}
