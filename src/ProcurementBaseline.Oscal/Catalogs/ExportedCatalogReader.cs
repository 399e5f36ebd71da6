using System.Collections.Immutable;
using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Json;
using ProcurementBaseline.Oscal.Writing;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>
/// Reads back a catalog that <see cref="OscalCatalogExporter"/> wrote (it names itself with a <c>catalog-id</c> prop in
/// our namespace): every field of the model from its prop or part, so catalog → OSCAL → catalog gives the same model.
/// </summary>
internal sealed class ExportedCatalogReader
{
    private readonly Dictionary<string, string> _idsByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _resources = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;

    private ExportedCatalogReader(JsonElement catalog, string file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
        IndexIds(catalog);
        foreach (var resource in (catalog.Object("back-matter") ?? default).Array("resources"))
        {
            if (resource.String("uuid") is { } uuid)
            {
                _resources[uuid] = resource;
            }
        }
    }

    public static bool IsExported(JsonElement catalog) => (catalog.Object("metadata") ?? default).Ours(CatalogProps.Id) is not null;

    public static Catalog? Read(JsonElement catalog, string file, DiagnosticBag diagnostics)
    {
        var metadata = catalog.Object("metadata") ?? default;
        var reader = new ExportedCatalogReader(catalog, file, diagnostics);
        var id = metadata.Ours(CatalogProps.Id)!;
        var version = metadata.String("version");
        if (!CatalogVersion.TryParse(version, out var parsedVersion))
        {
            diagnostics.Add(DiagnosticCodes.OscalMissingField, SourceLocation.WholeFile(file), "metadata", "version (a catalog version such as 1.1)");
            return null;
        }

        var source = reader.Source(metadata.Ours(CatalogProps.Fidelity));
        var jurisdiction = Word(CatalogWords.Jurisdictions, metadata.Ours(CatalogProps.Jurisdiction), "jurisdiction", reader);
        var status = Word(CatalogWords.Statuses, metadata.Ours(CatalogProps.Status), "catalog-status", reader);
        if (source is null || jurisdiction is null || status is null)
        {
            return null;
        }

        return new Catalog
        {
            Id = id,
            Title = Localized(metadata.String("title") ?? id, metadata.Ours(CatalogProps.TitleLanguage),
                metadata.OursAll(CatalogProps.Title).Select(p => KeyValuePair.Create(p.String("class") ?? LocalizedText.English, p.String("value")!))),
            Publisher = metadata.Array("parties").Select(p => p.String("name")).FirstOrDefault(n => n is not null) ?? "unknown",
            Jurisdiction = jurisdiction.Value,
            Version = parsedVersion,
            Released = OscalJson.Date(metadata.String("published")),
            Status = status.Value,
            Source = source,
            Groups = [.. catalog.Array("groups").Select(reader.Group)],
        };
    }

    private void IndexIds(JsonElement owner)
    {
        foreach (var item in owner.Array("groups").Concat(owner.Array("controls")))
        {
            if (item.String("id") is { } token)
            {
                _idsByToken.TryAdd(token, Label(item) ?? token);
            }

            IndexIds(item);
        }
    }

    // Our id, where it is not the token, is the label prop in OSCAL's own namespace (a publisher's label is in ours).
    private static string? Label(JsonElement item) =>
        item.Array("props").Where(p => p.String("name") == "label" && p.String("ns") is null).Select(p => p.String("value")).FirstOrDefault();

    private string Id(JsonElement item) => _idsByToken.GetValueOrDefault(item.String("id") ?? string.Empty) ?? item.String("id") ?? string.Empty;

    private string IdOfHref(string? href) =>
        href is not null && href.StartsWith('#') && _idsByToken.TryGetValue(href[1..], out var id) ? id : href?.TrimStart('#') ?? string.Empty;

    private ControlGroup Group(JsonElement group)
    {
        var parts = group.Array("parts").ToList();
        var subgroups = group.Array("groups").ToList();
        var own = subgroups.Where(g => g.Ours(CatalogProps.OwnControls) == "true").ToList();
        return new ControlGroup
        {
            Id = Id(group),
            Title = Title(group, parts),
            Description = Text(parts.FirstOrDefault(p => p.String("name") == "overview")),
            Groups = [.. subgroups.Except(own).Select(Group)],
            Controls = [.. group.Array("controls").Concat(own.SelectMany(g => g.Array("controls"))).Select(Control)],
        };
    }

    private Control Control(JsonElement control)
    {
        var parts = control.Array("parts").ToList();
        var links = control.Array("links").ToList();
        var props = control.Array("props").ToList();
        var locator = control.OursAll(CatalogProps.Locator).Any()
            ? new SourceLocator
            {
                Document = control.Ours(CatalogProps.LocatorDocument),
                Section = control.Ours(CatalogProps.LocatorSection),
                Page = control.Ours(CatalogProps.LocatorPage),
                Url = control.Ours(CatalogProps.LocatorUrl),
                AssignedId = control.Ours(CatalogProps.AssignedId) == "true",
            }
            : null;
        return new Control
        {
            Id = Id(control),
            Class = control.String("class"),
            Title = Title(control, parts),
            Statement = Text(parts.FirstOrDefault(p => p.String("name") == "statement")),
            Guidance = Text(parts.FirstOrDefault(p => p.String("name") == "guidance")),
            Examples = [.. parts.Where(p => p.String("name") == "example").Select(Text).OfType<LocalizedText>()],
            Tags = [.. control.OursAll(CatalogProps.Tag).Select(p => p.String("value")!)],
            Applicability = control.OursAll(CatalogProps.Applicability)
                .GroupBy(p => p.String("class") ?? p.String("remarks") ?? string.Empty, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => g.Select(p => p.String("value")!).ToImmutableArray(), StringComparer.Ordinal),
            Properties = props.Where(p => p.String("ns") == OscalNamespace.PropertyUri && p.String("value") is not null)
                .ToImmutableSortedDictionary(p => p.String("remarks") ?? p.String("name")!, p => p.String("value")!, StringComparer.Ordinal),
            Related = [.. links.Where(l => l.String("rel") == "related").Select(l => IdOfHref(l.String("href")))],
            References = [.. links.Where(l => l.String("rel") == "reference").Select(Reference).OfType<InformativeReference>()],
            Status = control.Array("props").Any(p => p.String("name") == "status" && p.String("ns") is null && p.String("value") == "withdrawn") ? ControlStatus.Withdrawn : ControlStatus.Active,
            Successors = [.. links.Select(Successor).OfType<ControlSuccessor>()],
            Fidelity = control.Ours(CatalogProps.Fidelity) is { } fidelity && CatalogWords.Fidelities.TryParse(fidelity, out var parsed) ? parsed : null,
            Locator = locator,
            Completeness = parts.FirstOrDefault(p => p.String("name") == CatalogProps.Completeness && p.String("ns") == OscalNamespace.Uri).String("prose"),
            Controls = [.. control.Array("controls").Select(Control)],
        };
    }

    private ControlSuccessor? Successor(JsonElement link) =>
        link.String("rel") is { } rel && CatalogWords.SuccessorKinds.TryParse(rel, out var kind)
            ? new ControlSuccessor(kind, IdOfHref(link.String("href")))
            : null;

    private InformativeReference? Reference(JsonElement link)
    {
        var href = link.String("href") ?? string.Empty;
        if (!href.StartsWith('#') || !_resources.TryGetValue(href[1..], out var resource))
        {
            _diagnostics.Add(DiagnosticCodes.OscalMissingField, SourceLocation.WholeFile(_file), $"the reference link '{href}'", "back-matter resource");
            return null;
        }

        return new InformativeReference
        {
            Scheme = resource.String("title") ?? href[1..],
            Text = link.String("text"),
            Title = (resource.Object("citation") ?? default).String("text"),
            Href = resource.Array("rlinks").Select(r => r.String("href")).FirstOrDefault(h => h is not null),
            Catalog = resource.Ours(CatalogProps.ReferenceCatalog),
            Controls = [.. resource.OursAll(CatalogProps.ReferenceControl).Select(p => p.String("value")!)],
        };
    }

    private CatalogSource? Source(string? fidelityWord)
    {
        var source = _resources.Values.FirstOrDefault(r => r.Ours(CatalogProps.Role) == CatalogProps.SourceRole);
        if (source.ValueKind != JsonValueKind.Object || fidelityWord is null || !CatalogWords.Fidelities.TryParse(fidelityWord, out var fidelity))
        {
            _diagnostics.Add(DiagnosticCodes.OscalMissingField, SourceLocation.WholeFile(_file), "back-matter", "the catalog-source resource and the fidelity prop");
            return null;
        }

        return new CatalogSource
        {
            Url = source.Array("rlinks").Select(r => r.String("href")).FirstOrDefault(h => h is not null) ?? string.Empty,
            Licence = source.Ours(CatalogProps.Licence) ?? string.Empty,
            Attribution = (source.Object("citation") ?? default).String("text") ?? string.Empty,
            Obtained = source.String("description") ?? string.Empty,
            Fidelity = fidelity,
            Completeness = source.String("remarks"),
            Documents = [.. _resources.Values.Where(r => r.Ours(CatalogProps.Role) == CatalogProps.DocumentRole).Select(d => new SourceDocument
            {
                Title = d.String("title") ?? string.Empty,
                Url = d.Array("rlinks").Select(r => r.String("href")).FirstOrDefault(h => h is not null),
                Date = d.Ours(CatalogProps.DocumentDate),
                Version = d.Ours(CatalogProps.DocumentVersion),
            })],
        };
    }

    private static LocalizedText Title(JsonElement item, List<JsonElement> parts) =>
        Localized(item.String("title") ?? string.Empty, item.Ours(CatalogProps.TitleLanguage),
            parts.Where(p => p.String("name") == CatalogProps.Translation && p.String("ns") == OscalNamespace.Uri)
                .Select(p => KeyValuePair.Create(p.Ours(CatalogProps.Language) ?? LocalizedText.English, p.String("title") ?? string.Empty)));

    private static LocalizedText? Text(JsonElement part)
    {
        if (part.ValueKind != JsonValueKind.Object || part.String("prose") is not { } prose)
        {
            return null;
        }

        return Localized(prose, part.Ours(CatalogProps.Language),
            part.Array("parts").Where(p => p.String("name") == CatalogProps.Translation)
                .Select(p => KeyValuePair.Create(p.Ours(CatalogProps.Language) ?? LocalizedText.English, p.String("prose") ?? string.Empty)));
    }

    // The first language keeps its place: LocalizedText.Create would move English first, which the export did not do.
    private static LocalizedText Localized(string first, string? firstLanguage, IEnumerable<KeyValuePair<string, string>> others) =>
        LocalizedText.Create(others.Prepend(KeyValuePair.Create(firstLanguage ?? LocalizedText.English, first)));

    private static T? Word<T>(EnumWords<T> words, string? word, string prop, ExportedCatalogReader reader)
        where T : struct, Enum
    {
        if (word is not null && words.TryParse(word, out var value))
        {
            return value;
        }

        reader._diagnostics.Add(DiagnosticCodes.OscalMissingField, SourceLocation.WholeFile(reader._file), "metadata", $"a {prop} prop ({words.Listing})");
        return null;
    }

}
