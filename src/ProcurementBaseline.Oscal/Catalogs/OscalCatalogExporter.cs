using System.Text.Json.Nodes;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Writing;
using ProcurementBaseline.Text;
using static ProcurementBaseline.Oscal.Writing.OscalNodes;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>
/// Writes a catalog version as an OSCAL 1.2 catalog that <see cref="OscalCatalogImporter"/> reads back to the same
/// model: groups and controls (ids as tokens, our id as the <c>label</c>), statement, guidance and example parts
/// with their translations as nested parts, applicability, tags, fidelity, locator and completeness as props in our
/// namespace, links for related controls and withdrawn successors, and back-matter for the source, its documents and
/// the references to other frameworks.
/// </summary>
public static class OscalCatalogExporter
{
    public static JsonObject Export(Catalog catalog, DateOnly lastModified)
    {
        var tokens = OscalTokens.ForCatalog(catalog);
        var references = new ReferenceResources();
        var writer = new ControlWriter(tokens, references);
        var groups = Array(catalog.Groups.Select(writer.Group));
        var body = new JsonObject()
            .With("uuid", StableUuid.Of("catalog", catalog.Ref.ToString()))
            .With("metadata", Metadata(catalog, lastModified))
            .With("groups", groups)
            .With("back-matter", new JsonObject().With("resources", Array(SourceResources(catalog.Source).Concat(references.Resources))));
        return new JsonObject { ["catalog"] = body };
    }

    private static JsonObject Metadata(Catalog catalog, DateOnly lastModified)
    {
        var publisher = StableUuid.Of("party", catalog.Publisher);
        var metadata = new JsonObject()
            .With("title", catalog.Title.Translations[0].Value);
        if (catalog.Released is { } released)
        {
            metadata.With("published", DateTime(released));
        }

        return metadata
            .With("last-modified", DateTime(lastModified))
            .With("version", catalog.Version.Text)
            .With("oscal-version", OscalNamespace.OscalVersion)
            .With("props", Array([
                Prop(CatalogProps.Id, catalog.Id),
                Prop(CatalogProps.Jurisdiction, CatalogWords.Jurisdictions.Word(catalog.Jurisdiction)),
                Prop(CatalogProps.Status, CatalogWords.Statuses.Word(catalog.Status)),
                Prop(CatalogProps.Fidelity, CatalogWords.Fidelities.Word(catalog.Source.Fidelity)),
                .. TitleProps(catalog.Title),
            ]))
            .With("roles", new JsonArray(new JsonObject().With("id", "publisher").With("title", "Publisher")))
            .With("parties", new JsonArray(new JsonObject().With("uuid", publisher).With("type", "organization").With("name", catalog.Publisher)))
            .With("responsible-parties", new JsonArray(new JsonObject().With("role-id", "publisher").With("party-uuids", new JsonArray(publisher))));
    }

    private static IEnumerable<JsonObject?> TitleProps(LocalizedText title) =>
        title.Translations.Skip(1).Select(t => Prop(CatalogProps.Title, t.Value, @class: t.Key))
            .Prepend(title.Translations[0].Key == LocalizedText.English ? null : Prop(CatalogProps.TitleLanguage, title.Translations[0].Key));

    private static IEnumerable<JsonObject> SourceResources(CatalogSource source)
    {
        yield return new JsonObject()
            .With("uuid", StableUuid.Of("source"))
            .With("title", "Source of this catalog")
            .With("description", source.Obtained)
            .With("props", Array([
                Prop(CatalogProps.Role, CatalogProps.SourceRole),
                Prop(CatalogProps.Licence, source.Licence),
            ]))
            .With("citation", new JsonObject().With("text", source.Attribution))
            .With("rlinks", new JsonArray(new JsonObject().With("href", source.Url)))
            .With("remarks", source.Completeness);
        var index = 0;
        foreach (var document in source.Documents)
        {
            yield return new JsonObject()
                .With("uuid", StableUuid.Of("source-document", (index++).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .With("title", document.Title)
                .With("props", Array([
                    Prop(CatalogProps.Role, CatalogProps.DocumentRole),
                    Prop(CatalogProps.DocumentDate, document.Date),
                    Prop(CatalogProps.DocumentVersion, document.Version),
                ]))
                .With("rlinks", document.Url is null ? null : new JsonArray(new JsonObject().With("href", document.Url)));
        }
    }

    /// <summary>One back-matter resource per distinct reference to another framework, named by its content.</summary>
    private sealed class ReferenceResources
    {
        private readonly Dictionary<string, JsonObject> _byKey = new(StringComparer.Ordinal);

        public IEnumerable<JsonObject> Resources => _byKey.Values;

        public string Uuid(InformativeReference reference)
        {
            var key = string.Join('\u001f', [reference.Scheme, reference.Title ?? "", reference.Href ?? "", reference.Catalog ?? "", .. reference.Controls]);
            if (!_byKey.TryGetValue(key, out var resource))
            {
                resource = new JsonObject()
                    .With("uuid", StableUuid.Of("reference", key))
                    .With("title", reference.Scheme)
                    .With("props", Array([
                        Prop(CatalogProps.Role, CatalogProps.ReferenceRole),
                        Prop(CatalogProps.ReferenceCatalog, reference.Catalog),
                        .. reference.Controls.Select(c => Prop(CatalogProps.ReferenceControl, c)),
                    ]))
                    .With("citation", reference.Title is null ? null : new JsonObject().With("text", reference.Title))
                    .With("rlinks", reference.Href is null ? null : new JsonArray(new JsonObject().With("href", reference.Href)));
                _byKey[key] = resource;
            }

            return resource["uuid"]!.GetValue<string>();
        }
    }

    private sealed class ControlWriter(OscalTokens tokens, ReferenceResources references)
    {
        public JsonObject Group(ControlGroup group)
        {
            var token = tokens.Group(group.Id);
            return new JsonObject()
                .With("id", token)
                .With("title", group.Title.Translations[0].Value)
                .With("props", Array([token == group.Id ? null : Prop("label", group.Id, ns: null), .. TitleLanguage(group.Title)]))
                .With("parts", Array([.. TitleTranslations(group.Title), TextPart("overview", group.Description)]))
                .With("groups", Array(group.Controls.Length > 0 && group.Groups.Length > 0 ? group.Groups.Select(Group).Prepend(OwnControls(group)) : group.Groups.Select(Group)))
                .With("controls", group.Groups.Length > 0 ? null : Array(group.Controls.Select(Control)));
        }

        /// <summary>
        /// An OSCAL group holds groups or controls, not both; ours may hold both, so its own controls go in a first
        /// subgroup marked as theirs, which the reader folds back into the group.
        /// </summary>
        private JsonObject OwnControls(ControlGroup group) =>
            new JsonObject()
                .With("id", tokens.Group(group.Id + "\u0000own-controls"))
                .With("title", group.Title.Translations[0].Value)
                .With("props", new JsonArray(Prop(CatalogProps.OwnControls, "true")))
                .With("controls", Array(group.Controls.Select(Control)));

        private JsonObject Control(Control control)
        {
            var token = tokens[control.Id];
            var props = new List<JsonObject?>
            {
                token == control.Id ? null : Prop("label", control.Id, ns: null),
                control.Status == ControlStatus.Withdrawn ? Prop("status", "withdrawn", ns: null) : null,
            };
            props.AddRange(TitleLanguage(control.Title));
            props.AddRange(control.Tags.Select(t => Prop(CatalogProps.Tag, t)));
            props.AddRange(control.Applicability.SelectMany(a => a.Value.Select(v => Keyed(Prop(CatalogProps.Applicability, v)!, a.Key, asName: false))));
            props.AddRange(control.Properties.Select(p => Keyed(Prop(CatalogProps.Property, p.Value, ns: OscalNamespace.PropertyUri)!, p.Key, asName: true)));
            props.Add(control.Fidelity is { } fidelity ? Prop(CatalogProps.Fidelity, CatalogWords.Fidelities.Word(fidelity)) : null);
            if (control.Locator is { } locator)
            {
                props.Add(Prop(CatalogProps.LocatorDocument, locator.Document));
                props.Add(Prop(CatalogProps.LocatorSection, locator.Section));
                props.Add(Prop(CatalogProps.LocatorPage, locator.Page));
                props.Add(Prop(CatalogProps.LocatorUrl, locator.Url));
                props.Add(locator.AssignedId ? Prop(CatalogProps.AssignedId, "true") : null);
                props.Add(Prop(CatalogProps.Locator, "true"));
            }

            var links = control.Related.Select(r => Link("#" + tokens[r], "related"))
                .Concat(control.Successors.Select(s => Link("#" + tokens[s.ControlId], CatalogWords.SuccessorKinds.Word(s.Kind))))
                .Concat(control.References.Select(r => Link("#" + references.Uuid(r), "reference", r.Text)));
            JsonObject?[] parts =
            [
                .. TitleTranslations(control.Title),
                TextPart("statement", control.Statement),
                TextPart("guidance", control.Guidance),
                .. control.Examples.Select(e => TextPart("example", e)),
                control.Completeness is null ? null : new JsonObject().With("name", CatalogProps.Completeness).With("ns", OscalNamespace.Uri).With("prose", control.Completeness),
            ];
            return new JsonObject()
                .With("id", token)
                .With("class", control.Class)
                .With("title", control.Title.Translations[0].Value)
                .With("props", Array(props))
                .With("links", Array(links))
                .With("parts", Array(parts))
                .With("controls", Array(control.Controls.Select(Control)));
        }

        /// <summary>
        /// Names a prop's key (an applicability dimension, a property's name) as its name or class where the key is a
        /// token, as OSCAL requires of both; any other key goes in the prop's remarks, which take any text.
        /// </summary>
        private static JsonObject Keyed(JsonObject prop, string key, bool asName)
        {
            if (!OscalTokens.IsToken(key))
            {
                return prop.With("remarks", key);
            }

            return asName ? prop.With("name", key) : prop.With("class", key);
        }

        private static IEnumerable<JsonObject?> TitleLanguage(LocalizedText title) =>
            [title.Translations[0].Key == LocalizedText.English ? null : Prop(CatalogProps.TitleLanguage, title.Translations[0].Key)];

        private static IEnumerable<JsonObject> TitleTranslations(LocalizedText title) =>
            title.Translations.Skip(1).Select(t => new JsonObject()
                .With("name", CatalogProps.Translation).With("ns", OscalNamespace.Uri)
                .With("props", new JsonArray(Prop(CatalogProps.Language, t.Key)))
                .With("title", t.Value));

        /// <summary>A part holding the text's first language as prose, the others as nested translation parts.</summary>
        private static JsonObject? TextPart(string name, LocalizedText? text) =>
            text is null
                ? null
                : new JsonObject()
                    .With("name", name)
                    .With("props", Array([text.Translations[0].Key == LocalizedText.English ? null : Prop(CatalogProps.Language, text.Translations[0].Key)]))
                    .With("prose", text.Translations[0].Value)
                    .With("parts", Array(text.Translations.Skip(1).Select(t => new JsonObject()
                        .With("name", CatalogProps.Translation).With("ns", OscalNamespace.Uri)
                        .With("props", new JsonArray(Prop(CatalogProps.Language, t.Key)))
                        .With("prose", t.Value))));
    }
}
