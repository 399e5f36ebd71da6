using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Text;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Yaml.SbomProfiles;

/// <summary>Reads an SBOM profile: the fields an SBOM must carry and, per format family, the places each is read from.</summary>
public static class SbomProfileYamlReader
{
    public const string Kind = "sbom-profile";

    private const string PropertyPrefix = "property:";

    public static EnumWords<SbomFieldScope> Scopes { get; } = new(("component", SbomFieldScope.Component), ("document", SbomFieldScope.Document));

    private static readonly MappingReader.KeySet TopKeys = new("kind", "schema-version", "id", "version", "title", "description", "url", "fields");

    private static readonly MappingReader.KeySet FieldKeys = new("id", "title", "scope", "required", "read", "note");

    private static readonly MappingReader.KeySet ReadKeys = new("cyclonedx", "spdx");

    public static LoadResult<SbomProfile> Read(ReadOnlyMemory<byte> bytes, string file)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(file, diagnostics);
        var profile = Read(YamlDocument.Parse(bytes, context), context);
        return new LoadResult<SbomProfile>(diagnostics.HasErrors ? null : profile, diagnostics.ToImmutableSorted());
    }

    public static SbomProfile? Read(YNode? root, ReadContext context)
    {
        if (MappingReader.Open(root, "SBOM profile", context, TopKeys) is not { } top || !YamlDocument.CheckHeader(top, Kind))
        {
            return null;
        }

        var id = top.RequiredString("id");
        var version = top.RequiredString("version");
        var title = top.RequiredString("title");
        var description = top.OptionalString("description");
        var url = top.OptionalString("url");
        var fields = YamlValues.ReadList(top.Required("fields"), "fields", context, n => Field(n, context));
        if (id is null || version is null || title is null)
        {
            return null;
        }

        foreach (var duplicate in fields.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Diagnostics.Add(DiagnosticCodes.DuplicateKey, context.At(root!), duplicate.Key);
        }

        return new SbomProfile
        {
            Id = id,
            Version = version,
            Title = title,
            Description = description,
            Url = url,
            Fields = fields,
            Origin = context.At(root!),
        };
    }

    private static SbomProfileField? Field(YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "field", context, FieldKeys) is not { } field)
        {
            return null;
        }

        var id = field.RequiredString("id");
        var title = field.RequiredString("title");
        var scope = YamlValues.ReadEnum(field.Required("scope"), "scope", context, Scopes);
        var required = YamlValues.ReadFlag(field.Optional("required"), "required", context) ?? true;
        var note = field.OptionalString("note");
        var read = ImmutableDictionary.CreateBuilder<SbomFamily, ImmutableArray<SbomFieldSource>>();
        if (MappingReader.Open(field.Required("read"), "read", context, ReadKeys) is { } places)
        {
            foreach (var (key, family) in new[] { ("cyclonedx", SbomFamily.CycloneDx), ("spdx", SbomFamily.Spdx) })
            {
                var sources = YamlValues.ReadValueList(places.Optional(key), key, context, n => Source(n, scope, context));
                if (!sources.IsEmpty)
                {
                    read[family] = sources;
                }
            }
        }

        return id is null || title is null || scope is null
            ? null
            : new SbomProfileField { Id = id, Title = title, Scope = scope.Value, Required = required, Read = read.ToImmutable(), Note = note };
    }

    private static SbomFieldSource? Source(YNode node, SbomFieldScope? scope, ReadContext context)
    {
        var text = YamlValues.ReadString(node, "read", context);
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith(PropertyPrefix, StringComparison.Ordinal) && text.Length > PropertyPrefix.Length && scope == SbomFieldScope.Component)
        {
            return SbomFieldSource.OfProperty(text[PropertyPrefix.Length..]);
        }

        if (SbomFactWords.Words.TryParse(text, out var fact) && SbomFactWords.IsDocumentFact(fact) == (scope == SbomFieldScope.Document))
        {
            return new SbomFieldSource(fact);
        }

        var allowed = SbomFactWords.Words.Words.Where(w => SbomFactWords.Words.TryParse(w, out var f) && SbomFactWords.IsDocumentFact(f) == (scope == SbomFieldScope.Document));
        context.Report(DiagnosticCodes.SbomProfileBadSource, node, text, string.Join(", ", allowed));
        return null;
    }
}
