using System.Text.Json;
using ProcurementBaseline.SourceImport;
using ProcurementBaseline.Yaml.Catalogs;

// Usage: ProcurementBaseline.SourceImport (ssdf-draft | cisa-form) <source.json> --out <catalog.yaml>
if (args.Length != 4 || args[2] != "--out" || args[0] is not ("ssdf-draft" or "cisa-form"))
{
    Console.Error.WriteLine("usage: ProcurementBaseline.SourceImport (ssdf-draft | cisa-form) <source.json> --out <catalog.yaml>");
    return 2;
}

using var document = JsonDocument.Parse(File.ReadAllBytes(args[1]));
var catalog = args[0] == "ssdf-draft"
    ? SsdfDraftImporter.Import(document.RootElement)
    : CisaAttestationFormImporter.Import(document.RootElement);
var output = Path.GetFullPath(args[3]);
var schema = Path.GetRelativePath(Path.GetDirectoryName(output)!, Path.GetFullPath("standards/schemas/catalog.schema.json")).Replace('\\', '/');
SourceFiles.WriteAtomically(output, CatalogYamlWriter.Write(catalog, schema));
Console.WriteLine($"Wrote {args[3]}: {catalog.Ref}, {catalog.ControlCount} controls.");
return 0;
