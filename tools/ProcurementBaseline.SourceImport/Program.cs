using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.SourceImport;
using ProcurementBaseline.SourceImport.Ismap;
using ProcurementBaseline.Yaml.Catalogs;

// Usage: ProcurementBaseline.SourceImport (ssdf-draft | cisa-form | ismap) <source> --out <catalog.yaml>
const string Usage = "usage: ProcurementBaseline.SourceImport (ssdf-draft <json> | cisa-form <json> | ismap <csv>) --out <catalog.yaml>";
if (args.Length != 4 || args[2] != "--out" || args[0] is not ("ssdf-draft" or "cisa-form" or "ismap"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var catalog = args[0] switch
{
    "ismap" => IsmapCriteriaImporter.Import(IsmapCsv.Read(args[1])),
    var kind => FromJson(kind, args[1]),
};
var output = Path.GetFullPath(args[3]);
var schema = Path.GetRelativePath(Path.GetDirectoryName(output)!, Path.GetFullPath("standards/schemas/catalog.schema.json")).Replace('\\', '/');
SourceFiles.WriteAtomically(output, CatalogYamlWriter.Write(catalog, schema));
Console.WriteLine($"Wrote {args[3]}: {catalog.Ref}, {catalog.ControlCount} controls.");
return 0;

static Catalog FromJson(string kind, string path)
{
    using var document = JsonDocument.Parse(File.ReadAllBytes(path));
    return kind == "ssdf-draft" ? SsdfDraftImporter.Import(document.RootElement) : CisaAttestationFormImporter.Import(document.RootElement);
}
