using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Yaml.Catalogs;

/// <summary>Reads a catalog file strictly: every problem becomes a diagnostic, and reading goes on past it.</summary>
public static class CatalogYamlReader
{
    public const string Kind = "catalog";

    private static readonly MappingReader.KeySet TopKeys = new(
        "kind", "schema-version", "id", "title", "publisher", "jurisdiction", "version", "released", "status", "source", "groups");

    private static readonly MappingReader.KeySet SourceKeys = new(
        "url", "licence", "attribution", "obtained", "fidelity", "completeness", "documents");

    private static readonly MappingReader.KeySet DocumentKeys = new("title", "url", "date", "version");

    public static LoadResult<Catalog> Read(ReadOnlyMemory<byte> bytes, string file)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(file, diagnostics);
        var catalog = Read(YamlDocument.Parse(bytes, context), context);
        return new LoadResult<Catalog>(diagnostics.HasErrors ? null : catalog, diagnostics.ToImmutableSorted());
    }

    /// <summary>Reads an already parsed file; the catalog is returned even when diagnostics were reported.</summary>
    public static Catalog? Read(Nodes.YNode? root, ReadContext context)
    {
        if (MappingReader.Open(root, "catalog", context, TopKeys) is not { } top || !YamlDocument.CheckHeader(top, Kind))
        {
            return null;
        }

        var id = top.RequiredString("id");
        if (id is not null && !CatalogIds.IsValid(id))
        {
            context.Report(DiagnosticCodes.InvalidValue, top.Node.Get("id")!, id, "id", "lower-case letters, digits and hyphens, such as asd-ism");
        }

        var title = YamlValues.ReadText(top.Required("title"), "title", context);
        var publisher = top.RequiredString("publisher");
        var jurisdiction = YamlValues.ReadEnum(top.Required("jurisdiction"), "jurisdiction", context, CatalogWords.Jurisdictions);
        var version = YamlValues.ReadVersion(top.Required("version"), "version", context);
        var releasedNode = top.Optional("released");
        var released = releasedNode is null ? null : YamlValues.ReadDate(releasedNode, "released", context);
        var status = YamlValues.ReadEnum(top.Required("status"), "status", context, CatalogWords.Statuses);
        var source = ReadSource(top.Required("source"), context);
        var controls = new ControlYamlReader(context);
        var groups = YamlValues.ReadList(top.Required("groups"), "groups", context, controls.ReadGroup);
        controls.CheckReferences();

        if (id is null || title is null || publisher is null || jurisdiction is null || version is null
            || (releasedNode is not null && released is null) || status is null || source is null)
        {
            return null;
        }

        return new Catalog
        {
            Id = id,
            Title = title,
            Publisher = publisher,
            Jurisdiction = jurisdiction.Value,
            Version = version.Value,
            Released = released,
            Status = status.Value,
            Source = source,
            Groups = groups,
        };
    }

    internal static CatalogSource? ReadSource(Nodes.YNode? node, ReadContext context)
    {
        if (MappingReader.Open(node, "source", context, SourceKeys) is not { } source)
        {
            return null;
        }

        var url = source.RequiredString("url");
        var licence = source.RequiredString("licence");
        var attribution = source.RequiredString("attribution");
        var obtained = source.RequiredString("obtained");
        var fidelity = YamlValues.ReadEnum(source.Required("fidelity"), "fidelity", context, CatalogWords.Fidelities);
        var completeness = source.OptionalString("completeness");
        var documents = YamlValues.ReadList(source.Optional("documents"), "documents", context, item => ReadDocument(item, context));
        if (url is null || licence is null || attribution is null || obtained is null || fidelity is null)
        {
            return null;
        }

        return new CatalogSource
        {
            Url = url,
            Licence = licence,
            Attribution = attribution,
            Obtained = obtained,
            Fidelity = fidelity.Value,
            Completeness = completeness,
            Documents = documents,
        };
    }

    private static SourceDocument? ReadDocument(Nodes.YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "document", context, DocumentKeys) is not { } document)
        {
            return null;
        }

        var title = document.RequiredString("title");
        var url = document.OptionalString("url");
        var date = document.OptionalString("date");
        var version = document.OptionalString("version");
        return title is null ? null : new SourceDocument { Title = title, Url = url, Date = date, Version = version };
    }

    internal static LocalizedText? RequiredText(MappingReader mapping, string key) =>
        YamlValues.ReadText(mapping.Required(key), key, mapping.Context);
}
