using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Yaml.Catalogs;

/// <summary>
/// Reads the group and control tree of one catalog file, remembering where each id was declared
/// and where each in-catalog reference was made, so duplicates and dangling references are reported with positions.
/// </summary>
internal sealed class ControlYamlReader(ReadContext context)
{
    private static readonly MappingReader.KeySet GroupKeys = new("id", "title", "description", "groups", "controls");

    private static readonly MappingReader.KeySet ControlKeys = new(
        "id", "class", "title", "statement", "guidance", "examples", "tags", "applicability", "properties",
        "related", "references", "status", "successors", "fidelity", "locator", "completeness", "controls");

    private static readonly MappingReader.KeySet ReferenceKeys = new("scheme", "text", "title", "href", "catalog", "controls");

    private static readonly MappingReader.KeySet LocatorKeys = new("document", "section", "page", "url", "assigned-id");

    private readonly Dictionary<string, YNode> _controlIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YNode> _groupIds = new(StringComparer.Ordinal);
    private readonly List<(string From, YScalar To)> _references = [];

    public ControlGroup? ReadGroup(YNode node)
    {
        if (MappingReader.Open(node, "group", context, GroupKeys) is not { } group)
        {
            return null;
        }

        var id = DeclareId(group, _groupIds, DiagnosticCodes.DuplicateGroupId);
        var title = CatalogYamlReader.RequiredText(group, "title");
        var description = YamlValues.ReadText(group.Optional("description"), "description", context);
        var groups = YamlValues.ReadList(group.Optional("groups"), "groups", context, ReadGroup);
        var controls = YamlValues.ReadList(group.Optional("controls"), "controls", context, ReadControl);
        return id is null || title is null
            ? null
            : new ControlGroup { Id = id, Title = title, Description = description, Groups = groups, Controls = controls };
    }

    public void CheckReferences()
    {
        foreach (var (from, to) in _references)
        {
            if (!_controlIds.ContainsKey(to.Value))
            {
                context.Report(DiagnosticCodes.DanglingReference, to, from, to.Value);
            }
        }
    }

    private Control? ReadControl(YNode node)
    {
        if (MappingReader.Open(node, "control", context, ControlKeys) is not { } control)
        {
            return null;
        }

        var id = DeclareId(control, _controlIds, DiagnosticCodes.DuplicateControlId);
        var title = CatalogYamlReader.RequiredText(control, "title");
        var status = YamlValues.ReadEnum(control.Optional("status"), "status", context, CatalogWords.ControlStatuses) ?? ControlStatus.Active;
        var successors = YamlValues.ReadList(control.Optional("successors"), "successors", context, n => ReadSuccessor(n, id));
        if (successors.Length > 0 && status == ControlStatus.Active)
        {
            context.Report(DiagnosticCodes.WithdrawnWithoutSuccessorKind, control.Node.Get("successors")!, id);
        }

        var result = new Control
        {
            Id = id ?? string.Empty,
            Class = control.OptionalString("class"),
            Title = title ?? Text.LocalizedText.Of(string.Empty),
            Statement = YamlValues.ReadText(control.Optional("statement"), "statement", context),
            Guidance = YamlValues.ReadText(control.Optional("guidance"), "guidance", context),
            Examples = YamlValues.ReadList(control.Optional("examples"), "examples", context, n => YamlValues.ReadText(n, "examples", context)),
            Tags = YamlValues.ReadStringList(control.Optional("tags"), "tags", context),
            Applicability = ReadApplicability(control.Optional("applicability")),
            Properties = ReadProperties(control.Optional("properties")),
            Related = ReadRelated(control.Optional("related"), id),
            References = YamlValues.ReadList(control.Optional("references"), "references", context, ReadReference),
            Status = status,
            Successors = successors,
            Fidelity = YamlValues.ReadEnum(control.Optional("fidelity"), "fidelity", context, CatalogWords.Fidelities),
            Locator = ReadLocator(control.Optional("locator")),
            Completeness = control.OptionalString("completeness"),
            Controls = YamlValues.ReadList(control.Optional("controls"), "controls", context, ReadControl),
        };
        return id is null || title is null ? null : result;
    }

    private string? DeclareId(MappingReader mapping, Dictionary<string, YNode> declared, DiagnosticDescriptor duplicate)
    {
        var node = mapping.Required("id");
        var id = YamlValues.ReadString(node, "id", context);
        if (id is null)
        {
            return null;
        }

        if (declared.TryGetValue(id, out var first))
        {
            context.Report(duplicate, node!, id, first.Line);
            return null;
        }

        declared.Add(id, node!);
        return id;
    }

    private ImmutableSortedDictionary<string, ImmutableArray<string>> ReadApplicability(YNode? node)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (node is YMapping mapping)
        {
            foreach (var (key, value) in mapping.Entries)
            {
                builder[key.Value] = YamlValues.ReadStringList(value, $"applicability.{key.Value}", context);
            }
        }
        else if (node is not null)
        {
            context.Report(DiagnosticCodes.WrongType, node, "applicability", "a mapping", node.Describe());
        }

        return builder.ToImmutable();
    }

    private ImmutableSortedDictionary<string, string> ReadProperties(YNode? node)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (node is YMapping mapping)
        {
            foreach (var (key, value) in mapping.Entries)
            {
                if (YamlValues.ReadString(value, $"properties.{key.Value}", context) is { } text)
                {
                    builder[key.Value] = text;
                }
            }
        }
        else if (node is not null)
        {
            context.Report(DiagnosticCodes.WrongType, node, "properties", "a mapping", node.Describe());
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<string> ReadRelated(YNode? node, string? from) =>
        YamlValues.ReadList(node, "related", context, item =>
        {
            var target = YamlValues.ReadString(item, "related", context);
            if (target is not null)
            {
                _references.Add(($"{from}.related", (YScalar)item));
            }

            return target;
        });

    private ControlSuccessor? ReadSuccessor(YNode node, string? from)
    {
        if (node is not YMapping { Entries.Count: 1 } mapping)
        {
            context.Report(DiagnosticCodes.WrongType, node, "successors", $"a one-key mapping ({CatalogWords.SuccessorKinds.Listing}: control id)", node.Describe());
            return null;
        }

        var (key, value) = mapping.Entries[0];
        if (!CatalogWords.SuccessorKinds.TryParse(key.Value, out var kind))
        {
            context.Report(DiagnosticCodes.InvalidValue, key, key.Value, "successors", CatalogWords.SuccessorKinds.Listing);
            return null;
        }

        if (YamlValues.ReadString(value, key.Value, context) is not { } target)
        {
            return null;
        }

        _references.Add(($"{from}.{key.Value}", (YScalar)value));
        return new ControlSuccessor(kind, target);
    }

    private InformativeReference? ReadReference(YNode node)
    {
        if (MappingReader.Open(node, "reference", context, ReferenceKeys) is not { } reference)
        {
            return null;
        }

        var scheme = reference.RequiredString("scheme");
        var catalog = reference.OptionalString("catalog");
        var catalogNode = reference.Optional("catalog");
        if (catalog is not null && !CatalogIds.IsValid(catalog) && !CatalogRef.TryParse(catalog, out _))
        {
            context.Report(DiagnosticCodes.InvalidValue, catalogNode!, catalog, "catalog", "a catalog id or id@version");
        }

        var result = new InformativeReference
        {
            Scheme = scheme ?? string.Empty,
            Text = reference.OptionalString("text"),
            Title = reference.OptionalString("title"),
            Href = reference.OptionalString("href"),
            Catalog = catalog,
            Controls = YamlValues.ReadStringList(reference.Optional("controls"), "controls", context),
        };
        return scheme is null ? null : result;
    }

    private SourceLocator? ReadLocator(YNode? node)
    {
        if (MappingReader.Open(node, "locator", context, LocatorKeys) is not { } locator)
        {
            return null;
        }

        return new SourceLocator
        {
            Document = locator.OptionalString("document"),
            Section = locator.OptionalString("section"),
            Page = locator.OptionalString("page"),
            Url = locator.OptionalString("url"),
            AssignedId = YamlValues.ReadFlag(locator.Optional("assigned-id"), "assigned-id", context) ?? false,
        };
    }
}
