using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.SourceImport;
using ProcurementBaseline.SourceImport.Crosswalks;
using ProcurementBaseline.SourceImport.Ismap;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Crosswalks;

// Usage: ProcurementBaseline.SourceImport <kind> <source> [--iso-titles <csv>] --out <file.yaml>
const string Usage = "usage: ProcurementBaseline.SourceImport (ssdf-draft <json> | cisa-form <json> | ismap <csv> --iso-titles <nist table 2 csv> | ssdf-sp800-53 <csv> | cisa-ssdf <csv> | sp800-53-ismap <nist table 1 csv>) --out <file.yaml>";
var withTitles = args.Length == 6 && args[0] == "ismap" && args[2] == "--iso-titles";
if (!(withTitles || args.Length == 4) || args[^2] != "--out"
    || args[0] is not ("ssdf-draft" or "cisa-form" or "ismap" or "ssdf-sp800-53" or "cisa-ssdf" or "sp800-53-ismap") || (args[0] == "ismap" && !withTitles))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var output = Path.GetFullPath(args[^1]);
if (args[0] is "ssdf-sp800-53" or "cisa-ssdf" or "sp800-53-ismap")
{
    var crosswalk = args[0] switch
    {
        "ssdf-sp800-53" => OfficialCrosswalkImporter.SsdfToSp80053(args[1]),
        "cisa-ssdf" => OfficialCrosswalkImporter.CisaFormToSsdf(args[1]),
        _ => Sp80053IsmapImporter.Import(args[1], Shipped("us/nist-sp800-53/5.0.1.yaml"), Shipped("jp/ismap/1.0-scf.yaml")),
    };
    SourceFiles.WriteAtomically(output, CrosswalkYamlWriter.Write(crosswalk, SchemaPath(output, "crosswalk")));
    Console.WriteLine($"Wrote {args[^1]}: {crosswalk.Name}, {crosswalk.Mappings.Length} mappings.");
    return 0;
}

var catalog = args[0] switch
{
    "ismap" => IsmapCriteriaImporter.Import(IsmapCsv.Read(args[1]), IsoAnnexTitles.Read(args[3])),
    var kind => FromJson(kind, args[1]),
};
SourceFiles.WriteAtomically(output, CatalogYamlWriter.Write(catalog, SchemaPath(output, "catalog")));
Console.WriteLine($"Wrote {args[^1]}: {catalog.Ref}, {catalog.ControlCount} controls.");
return 0;

// The shipped catalogs a derived crosswalk is checked against, as this script's earlier steps wrote them.
static Catalog Shipped(string path)
{
    var file = Path.GetFullPath(Path.Combine("standards/catalogs", path));
    var result = CatalogYamlReader.Read(File.ReadAllBytes(file), file);
    return result.Value ?? throw new InvalidDataException($"{file} does not load: {string.Join("; ", result.Diagnostics)}");
}

static string SchemaPath(string output, string kind) =>
    Path.GetRelativePath(Path.GetDirectoryName(output)!, Path.GetFullPath($"standards/schemas/{kind}.schema.json")).Replace('\\', '/');

static Catalog FromJson(string kind, string path)
{
    using var document = JsonDocument.Parse(File.ReadAllBytes(path));
    return kind == "ssdf-draft" ? SsdfDraftImporter.Import(document.RootElement) : CisaAttestationFormImporter.Import(document.RootElement);
}
