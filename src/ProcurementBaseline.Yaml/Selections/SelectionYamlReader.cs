using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Selections;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Yaml.Selections;

/// <summary>Reads a control selection file (an imported profile such as ISM PROTECTED or SP 800-53 MODERATE).</summary>
public static class SelectionYamlReader
{
    public const string Kind = "selection";

    private static readonly MappingReader.KeySet TopKeys = new(
        "kind", "schema-version", "id", "title", "catalog", "profile-version", "source", "controls", "not-in-catalog");

    public static LoadResult<ControlSelection> Read(ReadOnlyMemory<byte> bytes, string file)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(file, diagnostics);
        var (selection, _) = Read(YamlDocument.Parse(bytes, context), context);
        return new LoadResult<ControlSelection>(diagnostics.HasErrors ? null : selection, diagnostics.ToImmutableSorted());
    }

    /// <summary>Reads a parsed selection, and returns where each selected id was written, so checks against the catalog can point at it.</summary>
    public static (ControlSelection? Selection, ImmutableDictionary<string, YNode> Positions) Read(YNode? root, ReadContext context)
    {
        var positions = ImmutableDictionary.CreateBuilder<string, YNode>(StringComparer.Ordinal);
        if (MappingReader.Open(root, "selection", context, TopKeys) is not { } top || !YamlDocument.CheckHeader(top, Kind))
        {
            return (null, positions.ToImmutable());
        }

        var id = top.RequiredString("id");
        var title = top.RequiredString("title");
        var catalogNode = top.Required("catalog");
        var catalogText = YamlValues.ReadString(catalogNode, "catalog", context);
        CatalogRef? catalog = null;
        if (catalogText is not null)
        {
            if (CatalogRef.TryParse(catalogText, out var parsed))
            {
                catalog = parsed;
            }
            else
            {
                context.Report(DiagnosticCodes.InvalidValue, catalogNode!, catalogText, "catalog", "id@version, such as asd-ism@2025.12.9");
            }
        }

        var profileVersion = top.OptionalString("profile-version");
        var source = CatalogYamlReader.ReadSource(top.Required("source"), context);
        var controls = ReadIds(top.Required("controls"), "controls", context, positions);
        var notInCatalog = YamlValues.ReadStringList(top.Optional("not-in-catalog"), "not-in-catalog", context);
        if (id is null || title is null || catalog is null || source is null)
        {
            return (null, positions.ToImmutable());
        }

        var selection = new ControlSelection
        {
            Id = id,
            Title = title,
            Catalog = catalog.Value,
            ProfileVersion = profileVersion,
            Source = source,
            Controls = controls,
            NotInCatalog = notInCatalog,
        };
        return (selection, positions.ToImmutable());
    }

    private static ImmutableArray<string> ReadIds(YNode? node, string name, ReadContext context, ImmutableDictionary<string, YNode>.Builder positions) =>
        YamlValues.ReadList(node, name, context, item =>
        {
            var id = YamlValues.ReadString(item, name, context);
            if (id is null)
            {
                return null;
            }

            if (!positions.TryAdd(id, item))
            {
                context.Report(DiagnosticCodes.DuplicateSelectionEntry, item, id);
                return null;
            }

            return id;
        });
}
