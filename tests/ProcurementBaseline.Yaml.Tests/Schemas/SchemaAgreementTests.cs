using System.Text;
using Json.Schema;
using ProcurementBaseline.Tests.Catalogs;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Selections;

namespace ProcurementBaseline.Tests.Schemas;

/// <summary>The published JSON Schemas and the loader agree: what one accepts the other accepts, for what a schema can express.</summary>
[TestClass]
public sealed class SchemaAgreementTests
{
    private static readonly Lazy<(JsonSchema Catalog, JsonSchema Selection, JsonSchema Crosswalk, JsonSchema Baseline, JsonSchema Attestation, JsonSchema SbomProfile, EvaluationOptions Options)> Schemas = new(LoadSchemas);

    private static (JsonSchema, JsonSchema, JsonSchema, JsonSchema, JsonSchema, JsonSchema, EvaluationOptions) LoadSchemas()
    {
        var registry = new SchemaRegistry();
        var build = new BuildOptions { SchemaRegistry = registry };
        var directory = Path.Combine(RepositoryPaths.Standards, "schemas");
        var catalog = JsonSchema.FromFile(Path.Combine(directory, "catalog.schema.json"), build, new Uri("https://procurementbaseline.dev/schemas/catalog.schema.json"));
        var selection = JsonSchema.FromFile(Path.Combine(directory, "selection.schema.json"), build, new Uri("https://procurementbaseline.dev/schemas/selection.schema.json"));
        var crosswalk = JsonSchema.FromFile(Path.Combine(directory, "crosswalk.schema.json"), build, new Uri("https://procurementbaseline.dev/schemas/crosswalk.schema.json"));
        var baseline = JsonSchema.FromFile(Path.Combine(directory, "baseline.schema.json"), build, new Uri("https://procurementbaseline.dev/schemas/baseline.schema.json"));
        var attestation = JsonSchema.FromFile(Path.Combine(directory, "attestation.schema.json"), build, new Uri("https://procurementbaseline.dev/schemas/attestation.schema.json"));
        var sbomProfile = JsonSchema.FromFile(Path.Combine(directory, "sbom-profile.schema.json"), build, new Uri("https://procurementbaseline.dev/schemas/sbom-profile.schema.json"));
        return (catalog, selection, crosswalk, baseline, attestation, sbomProfile, new EvaluationOptions());
    }

    private static bool SchemaAccepts(JsonSchema schema, string yaml) =>
        schema.Evaluate(YamlToJson.Convert(yaml), Schemas.Value.Options).IsValid;

    [TestMethod]
    public void ValidSample_BothAccept()
    {
        Assert.IsTrue(SchemaAccepts(Schemas.Value.Catalog, CatalogSnippets.Valid));
        Assert.IsFalse(CatalogYamlReader.Read(Encoding.UTF8.GetBytes(CatalogSnippets.Valid), "x.yaml").HasErrors);
    }

    [TestMethod]
    public void ShippedStandardsFiles_SchemaAcceptsEveryOne()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Standards), "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.IsGreaterThanOrEqualTo(17, files.Count);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var schema = text.Contains("\nkind: selection\n", StringComparison.Ordinal) ? Schemas.Value.Selection
                : text.Contains("\nkind: crosswalk\n", StringComparison.Ordinal) ? Schemas.Value.Crosswalk
                : text.Contains("\nkind: baseline\n", StringComparison.Ordinal) ? Schemas.Value.Baseline
                : text.Contains("\nkind: sbom-profile\n", StringComparison.Ordinal) ? Schemas.Value.SbomProfile
                : Schemas.Value.Catalog;
            Assert.IsTrue(SchemaAccepts(schema, text), file);
        }
    }

    [TestMethod]
    public void SampleAttestations_SchemaAcceptsTheGoodOnes_AndRejectsTheBadOne()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"), "attestation.yaml", SearchOption.AllDirectories))
        {
            var accepted = SchemaAccepts(Schemas.Value.Attestation, File.ReadAllText(file));
            Assert.AreEqual(!file.Contains("bad-data", StringComparison.Ordinal), accepted, file);
        }
    }

    public static IEnumerable<object[]> BadForBoth =>
    [
        [CatalogSnippets.Replace("        title: First", "        titel: First")],
        [CatalogSnippets.Replace("        title: First", "        class: task")],
        [CatalogSnippets.Replace("        statement: Do the first thing.", "        statement: [a, b]")],
        [CatalogSnippets.Replace("version: \"1.0\"", "version: 1.0")],
        [CatalogSnippets.Replace("version: \"1.0\"", "version: \"v1\"")],
        [CatalogSnippets.Replace("jurisdiction: AU", "jurisdiction: UK")],
        [CatalogSnippets.Replace("  fidelity: verbatim", "  fidelity: official")],
        [CatalogSnippets.Replace("released: \"2025-01-31\"", "released: \"31/01/2025\"")],
        [CatalogSnippets.Replace("schema-version: \"1\"", "schema-version: \"2\"")],
        [CatalogSnippets.Replace("kind: catalog", "kind: crosswalk")],
        [CatalogSnippets.Replace("publisher: Tests", "publisher:")],
        [CatalogSnippets.Replace("        title: {en: Second, ja: 第二}", "        title: {ja: 第二}")],
        [CatalogSnippets.Replace("        status: withdrawn", "        status: retired")],
        [CatalogSnippets.Replace("          - incorporated-into: C-1", "          - replaced-by: C-1")],
    ];

    [TestMethod]
    [DynamicData(nameof(BadForBoth))]
    public void BadSnippet_BothReject(string yaml)
    {
        Assert.IsFalse(SchemaAccepts(Schemas.Value.Catalog, yaml), "schema accepted it");
        Assert.IsTrue(CatalogYamlReader.Read(Encoding.UTF8.GetBytes(yaml), "x.yaml").HasErrors, "loader accepted it");
    }

    [TestMethod]
    public void CrossReferenceProblems_OnlyTheLoaderCanSee()
    {
        // A JSON Schema cannot check ids across a file; these are the loader's alone, by design.
        var dangling = CatalogSnippets.Replace("        related: [C-2]", "        related: [C-9]");
        Assert.IsTrue(SchemaAccepts(Schemas.Value.Catalog, dangling));
        Assert.IsTrue(CatalogYamlReader.Read(Encoding.UTF8.GetBytes(dangling), "x.yaml").HasErrors);
    }

    [TestMethod]
    public void SelectionSchema_AndReader_AgreeOnAShippedSelection()
    {
        var path = Path.Combine(RepositoryPaths.Standards, "baselines", "au", "selections", "asd-ism-e8-ml2.yaml");
        var text = File.ReadAllText(path);
        Assert.IsTrue(SchemaAccepts(Schemas.Value.Selection, text));
        Assert.IsFalse(SelectionYamlReader.Read(File.ReadAllBytes(path), path).HasErrors);

        var broken = text.Replace("catalog: asd-ism@2025.12.9", "catalog: asd-ism", StringComparison.Ordinal);
        Assert.IsFalse(SchemaAccepts(Schemas.Value.Selection, broken));
        Assert.IsTrue(SelectionYamlReader.Read(Encoding.UTF8.GetBytes(broken), path).HasErrors);
    }
}
