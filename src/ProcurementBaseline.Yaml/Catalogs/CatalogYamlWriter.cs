using System.Globalization;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Yaml.Reading;
using ProcurementBaseline.Yaml.Writing;

namespace ProcurementBaseline.Yaml.Catalogs;

/// <summary>Writes a catalog in the format <see cref="CatalogYamlReader"/> reads; the same catalog always gives the same text.</summary>
public static class CatalogYamlWriter
{
    /// <param name="catalog">The catalog to write.</param>
    /// <param name="schemaPath">Path of the JSON Schema relative to the output file, for the editor modeline; null for none.</param>
    public static string Write(Catalog catalog, string? schemaPath)
    {
        var yaml = YamlEventWriter.ForFile(schemaPath, null);
        yaml.BeginMapping();
        yaml.Entry("kind", CatalogYamlReader.Kind);
        yaml.Entry("schema-version", YamlDocument.SchemaVersion);
        yaml.Entry("id", catalog.Id);
        yaml.Entry("title", catalog.Title);
        yaml.Entry("publisher", catalog.Publisher);
        yaml.Entry("jurisdiction", CatalogWords.Jurisdictions.Word(catalog.Jurisdiction));
        yaml.Entry("version", catalog.Version.Text);
        yaml.Entry("released", catalog.Released?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yaml.Entry("status", CatalogWords.Statuses.Word(catalog.Status));
        yaml.Key("source");
        WriteSource(yaml, catalog.Source);
        yaml.Key("groups");
        yaml.BeginList();
        foreach (var group in catalog.Groups)
        {
            WriteGroup(yaml, group);
        }

        yaml.EndList();
        yaml.EndMapping();
        return yaml.Finish();
    }

    internal static void WriteSource(YamlEventWriter yaml, CatalogSource source)
    {
        yaml.BeginMapping();
        yaml.Entry("url", source.Url);
        yaml.Entry("licence", source.Licence);
        yaml.Entry("attribution", source.Attribution);
        yaml.Entry("obtained", source.Obtained);
        yaml.Entry("fidelity", CatalogWords.Fidelities.Word(source.Fidelity));
        yaml.Entry("completeness", source.Completeness);
        if (source.Documents.Length > 0)
        {
            yaml.Key("documents");
            yaml.BeginList();
            foreach (var document in source.Documents)
            {
                yaml.BeginMapping();
                yaml.Entry("title", document.Title);
                yaml.Entry("url", document.Url);
                yaml.Entry("date", document.Date);
                yaml.Entry("version", document.Version);
                yaml.EndMapping();
            }

            yaml.EndList();
        }

        yaml.EndMapping();
    }

    private static void WriteGroup(YamlEventWriter yaml, ControlGroup group)
    {
        yaml.BeginMapping();
        yaml.Entry("id", group.Id);
        yaml.Entry("title", group.Title);
        yaml.Entry("description", group.Description);
        if (group.Groups.Length > 0)
        {
            yaml.Key("groups");
            yaml.BeginList();
            foreach (var child in group.Groups)
            {
                WriteGroup(yaml, child);
            }

            yaml.EndList();
        }

        WriteControls(yaml, group.Controls);
        yaml.EndMapping();
    }

    private static void WriteControls(YamlEventWriter yaml, IReadOnlyCollection<Control> controls)
    {
        if (controls.Count == 0)
        {
            return;
        }

        yaml.Key("controls");
        yaml.BeginList();
        foreach (var control in controls)
        {
            WriteControl(yaml, control);
        }

        yaml.EndList();
    }

    private static void WriteControl(YamlEventWriter yaml, Control control)
    {
        yaml.BeginMapping();
        yaml.Entry("id", control.Id);
        yaml.Entry("class", control.Class);
        yaml.Entry("title", control.Title);
        if (control.Status != ControlStatus.Active)
        {
            yaml.Entry("status", CatalogWords.ControlStatuses.Word(control.Status));
        }

        if (control.Successors.Length > 0)
        {
            yaml.Key("successors");
            yaml.BeginList();
            foreach (var successor in control.Successors)
            {
                yaml.BeginMapping();
                yaml.Entry(CatalogWords.SuccessorKinds.Word(successor.Kind), successor.ControlId);
                yaml.EndMapping();
            }

            yaml.EndList();
        }

        if (control.Fidelity is { } fidelity)
        {
            yaml.Entry("fidelity", CatalogWords.Fidelities.Word(fidelity));
        }

        yaml.Entry("statement", control.Statement);
        yaml.Entry("guidance", control.Guidance);
        if (control.Examples.Length > 0)
        {
            yaml.Key("examples");
            yaml.BeginList();
            foreach (var example in control.Examples)
            {
                yaml.Text(example);
            }

            yaml.EndList();
        }

        yaml.List("tags", control.Tags);
        WriteApplicability(yaml, control);
        WriteProperties(yaml, control);
        yaml.List("related", control.Related);
        WriteReferences(yaml, control.References);
        WriteLocator(yaml, control.Locator);
        yaml.Entry("completeness", control.Completeness);
        WriteControls(yaml, control.Controls);
        yaml.EndMapping();
    }

    private static void WriteApplicability(YamlEventWriter yaml, Control control)
    {
        if (control.Applicability.Count == 0)
        {
            return;
        }

        yaml.Key("applicability");
        yaml.BeginMapping();
        foreach (var (dimension, values) in control.Applicability)
        {
            yaml.List(dimension, values);
        }

        yaml.EndMapping();
    }

    private static void WriteProperties(YamlEventWriter yaml, Control control)
    {
        if (control.Properties.Count == 0)
        {
            return;
        }

        yaml.Key("properties");
        yaml.BeginMapping();
        foreach (var (name, value) in control.Properties)
        {
            yaml.Entry(name, value);
        }

        yaml.EndMapping();
    }

    private static void WriteReferences(YamlEventWriter yaml, IReadOnlyCollection<InformativeReference> references)
    {
        if (references.Count == 0)
        {
            return;
        }

        yaml.Key("references");
        yaml.BeginList();
        foreach (var reference in references)
        {
            yaml.BeginMapping();
            yaml.Entry("scheme", reference.Scheme);
            yaml.Entry("title", reference.Title);
            yaml.Entry("text", reference.Text);
            yaml.Entry("href", reference.Href);
            yaml.Entry("catalog", reference.Catalog);
            yaml.List("controls", reference.Controls);
            yaml.EndMapping();
        }

        yaml.EndList();
    }

    private static void WriteLocator(YamlEventWriter yaml, SourceLocator? locator)
    {
        if (locator is null)
        {
            return;
        }

        yaml.Key("locator");
        yaml.BeginMapping();
        yaml.Entry("document", locator.Document);
        yaml.Entry("section", locator.Section);
        yaml.Entry("page", locator.Page);
        yaml.Entry("url", locator.Url);
        if (locator.AssignedId)
        {
            yaml.Flag("assigned-id", true);
        }

        yaml.EndMapping();
    }
}
