using ProcurementBaseline.Selections;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Reading;
using ProcurementBaseline.Yaml.Writing;

namespace ProcurementBaseline.Yaml.Selections;

public static class SelectionYamlWriter
{
    public static string Write(ControlSelection selection, string? schemaPath)
    {
        var yaml = YamlEventWriter.ForFile(schemaPath, null);
        yaml.BeginMapping();
        yaml.Entry("kind", SelectionYamlReader.Kind);
        yaml.Entry("schema-version", YamlDocument.SchemaVersion);
        yaml.Entry("id", selection.Id);
        yaml.Entry("title", selection.Title);
        yaml.Entry("catalog", selection.Catalog.ToString());
        yaml.Entry("profile-version", selection.ProfileVersion);
        yaml.Key("source");
        CatalogYamlWriter.WriteSource(yaml, selection.Source);
        yaml.Key("controls");
        yaml.BeginList();
        foreach (var id in selection.Controls)
        {
            yaml.Scalar(id);
        }

        yaml.EndList();
        yaml.List("not-in-catalog", selection.NotInCatalog);
        yaml.EndMapping();
        return yaml.Finish();
    }
}
