using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.SourceImport;
using ProcurementBaseline.SourceImport.Crosswalks;
using ProcurementBaseline.SourceImport.Ismap;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Crosswalks;

// Usage: ProcurementBaseline.SourceImport <kind> <source> --out <file.yaml>
const string Usage = "usage: ProcurementBaseline.SourceImport (ssdf-draft <json> | cisa-form <json> | ismap <csv> | ssdf-sp800-53 <csv> | cisa-ssdf <csv>) --out <file.yaml>";
if (args.Length != 4 || args[2] != "--out" || args[0] is not ("ssdf-draft" or "cisa-form" or "ismap" or "ssdf-sp800-53" or "cisa-ssdf"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var output = Path.GetFullPath(args[3]);
if (args[0] is "ssdf-sp800-53" or "cisa-ssdf")
{
    var crosswalk = args[0] == "ssdf-sp800-53" ? OfficialCrosswalkImporter.SsdfToSp80053(args[1]) : OfficialCrosswalkImporter.CisaFormToSsdf(args[1]);
    SourceFiles.WriteAtomically(output, CrosswalkYamlWriter.Write(crosswalk, SchemaPath(output, "crosswalk")));
    Console.WriteLine($"Wrote {args[3]}: {crosswalk.Name}, {crosswalk.Mappings.Length} mappings.");
    return 0;
}

var catalog = args[0] switch
{
    "ismap" => IsmapCriteriaImporter.Import(IsmapCsv.Read(args[1])),
    var kind => FromJson(kind, args[1]),
};
SourceFiles.WriteAtomically(output, CatalogYamlWriter.Write(catalog, SchemaPath(output, "catalog")));
Console.WriteLine($"Wrote {args[3]}: {catalog.Ref}, {catalog.ControlCount} controls.");
return 0;

static string SchemaPath(string output, string kind) =>
    Path.GetRelativePath(Path.GetDirectoryName(output)!, Path.GetFullPath($"standards/schemas/{kind}.schema.json")).Replace('\\', '/');

static Catalog FromJson(string kind, string path)
{
    using var document = JsonDocument.Parse(File.ReadAllBytes(path));
    return kind == "ssdf-draft" ? SsdfDraftImporter.Import(document.RootElement) : CisaAttestationFormImporter.Import(document.RootElement);
}
