using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Yaml.Crosswalks;

/// <summary>
/// Reads a crosswalk file: mappings from one catalog version's controls to another's. A <c>defaults</c> block
/// gives metadata every mapping shares unless it says otherwise. Checks against the catalogs are
/// <see cref="CrosswalkChecks"/>' job; this reader checks the file itself.
/// </summary>
public static class CrosswalkYamlReader
{
    public const string Kind = "crosswalk";

    private static readonly MappingReader.KeySet TopKeys = new(
        "kind", "schema-version", "source", "target", "title", "description", "defaults", "mappings");

    private static readonly MappingReader.KeySet DefaultKeys = new(
        "relationship", "rationale", "strength", "confidence", "provenance", "method", "author", "date", "status", "remarks");

    private static readonly MappingReader.KeySet MappingKeys = new(
        "source", "target", "relationship", "rationale", "strength", "confidence", "coverage", "provenance", "method", "author", "date", "status", "remarks");

    public static LoadResult<Crosswalk> Read(ReadOnlyMemory<byte> bytes, string file)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(file, diagnostics);
        var crosswalk = Read(YamlDocument.Parse(bytes, context), context);
        return new LoadResult<Crosswalk>(diagnostics.HasErrors ? null : crosswalk, diagnostics.ToImmutableSorted());
    }

    public static Crosswalk? Read(YNode? root, ReadContext context)
    {
        if (MappingReader.Open(root, "crosswalk", context, TopKeys) is not { } top || !YamlDocument.CheckHeader(top, Kind))
        {
            return null;
        }

        var source = ReadRef(top, "source", context);
        var target = ReadRef(top, "target", context);
        var title = top.RequiredString("title");
        var description = top.OptionalString("description");
        var defaults = MappingReader.Open(top.Optional("defaults"), "defaults", context, DefaultKeys);
        var mappings = YamlValues.ReadList(top.Required("mappings"), "mappings", context, node => ReadMapping(node, defaults, context));
        if (source is null || target is null || title is null)
        {
            return null;
        }

        return new Crosswalk
        {
            Source = source.Value,
            Target = target.Value,
            Title = title,
            Description = description,
            Mappings = mappings,
            Origin = context.At(top.Node.Get("source")!),
        };
    }

    private static CatalogRef? ReadRef(MappingReader top, string key, ReadContext context)
    {
        var node = top.Required(key);
        var text = YamlValues.ReadString(node, key, context);
        if (text is null)
        {
            return null;
        }

        if (CatalogRef.TryParse(text, out var reference))
        {
            return reference;
        }

        context.Report(DiagnosticCodes.InvalidValue, node!, text, key, "id@version, such as nist-ssdf@1.1");
        return null;
    }

    private static Mapping? ReadMapping(YNode node, MappingReader? defaults, ReadContext context)
    {
        if (MappingReader.Open(node, "mapping", context, MappingKeys) is not { } mapping)
        {
            return null;
        }

        YNode? Field(string key) => mapping.Optional(key) ?? defaults?.Optional(key);
        YNode? RequiredField(string key)
        {
            var value = Field(key);
            if (value is null)
            {
                context.Report(DiagnosticCodes.MissingField, node, "mapping", key);
            }

            return value;
        }

        var sourceNode = mapping.Required("source");
        var combined = sourceNode is YMapping;
        var sources = combined ? ReadCombined(sourceNode!, context) : ReadIds(sourceNode, "source", context);
        var targets = ReadIds(mapping.Required("target"), "target", context);
        var relationship = YamlValues.ReadEnum(RequiredField("relationship"), "relationship", context, CrosswalkWords.Relationships);
        var rationale = YamlValues.ReadEnum(RequiredField("rationale"), "rationale", context, CrosswalkWords.Rationales);
        var strength = ReadStrength(node, Field("strength"), Field("confidence"), context);
        var coverage = YamlValues.ReadNumber(mapping.Optional("coverage"), "coverage", context, 0, 1);
        var provenance = YamlValues.ReadEnum(RequiredField("provenance"), "provenance", context, CrosswalkWords.Provenances);
        var method = YamlValues.ReadEnum(RequiredField("method"), "method", context, CrosswalkWords.Methods);
        var author = YamlValues.ReadString(RequiredField("author"), "author", context);
        var date = Field("date") is { } dateNode ? YamlValues.ReadDate(dateNode, "date", context) : null;
        var status = YamlValues.ReadEnum(RequiredField("status"), "status", context, CrosswalkWords.Statuses);
        var remarks = Field("remarks") is { } remarksNode ? YamlValues.ReadString(remarksNode, "remarks", context) : null;
        if (combined && relationship == Relationship.NoRelationship)
        {
            context.Report(DiagnosticCodes.CombinedNoRelationship, sourceNode!);
            return null;
        }

        if (sources.IsDefaultOrEmpty || targets.IsDefaultOrEmpty || relationship is null || rationale is null || strength is null
            || provenance is null || method is null || author is null || status is null)
        {
            return null;
        }

        return new Mapping
        {
            Sources = sources,
            Combined = combined,
            Targets = targets,
            Relationship = relationship.Value,
            Rationale = rationale.Value,
            Strength = strength.Value,
            Coverage = coverage,
            Provenance = provenance.Value,
            Method = method.Value,
            Author = author,
            Date = date,
            Status = status.Value,
            Remarks = remarks,
            Origin = context.At(node),
        };
    }

    private static readonly MappingReader.KeySet CombinedKeys = new("all-of");

    /// <summary>
    /// <c>source: {all-of: [PO.1.1, PO.1.3]}</c>: controls taken together (harmonisation.md §3a), at least two and
    /// each once. A plain list stays the pairwise shorthand.
    /// </summary>
    private static ImmutableArray<string> ReadCombined(YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "combined source", context, CombinedKeys) is not { } combined
            || combined.Required("all-of") is not { } list)
        {
            return [];
        }

        var ids = YamlValues.ReadStringList(list, "all-of", context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !seen.Add(id)))
        {
            context.Report(DiagnosticCodes.CombinedMemberRepeated, list, id);
        }

        if (seen.Count < 2)
        {
            context.Report(DiagnosticCodes.CombinedTooFew, list);
            return [];
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>One id or a list of ids.</summary>
    private static ImmutableArray<string> ReadIds(YNode? node, string name, ReadContext context)
    {
        if (node is YSequence)
        {
            var ids = YamlValues.ReadStringList(node, name, context);
            if (ids.IsEmpty)
            {
                context.Report(DiagnosticCodes.EmptyValue, node, name);
            }

            return ids;
        }

        return YamlValues.ReadString(node, name, context) is { } id ? [id] : [];
    }

    private static int? ReadStrength(YNode mapping, YNode? strength, YNode? confidence, ReadContext context)
    {
        if (strength is not null)
        {
            return (int?)YamlValues.ReadNumber(strength, "strength", context, 0, 10, wholeNumber: true);
        }

        if (confidence is not null)
        {
            return YamlValues.ReadEnum(confidence, "confidence", context, CrosswalkWords.Confidences) is { } word ? CrosswalkWords.Strength(word) : null;
        }

        context.Report(DiagnosticCodes.MissingField, mapping, "mapping", "strength");
        return null;
    }
}
