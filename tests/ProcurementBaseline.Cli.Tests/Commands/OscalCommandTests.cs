using System.Text.Json;
using ProcurementBaseline.Cli;

namespace ProcurementBaseline.Tests.Commands;

[TestClass]
public sealed class OscalCommandTests
{
    private static string Schema => RepositoryPaths.Source("oscal-1.2-schema", "oscal_complete_schema-1.2.2.json");

    private readonly List<string> _folders = [];

    [TestCleanup]
    public void RemoveFolders()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "procbase-oscal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        return folder;
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void ExportAll_WritesDocumentsThatValidate_AndTheSameBytesTwice()
    {
        var first = TempFolder();
        var second = TempFolder();

        Assert.AreEqual(ExitCodes.Success, CliRunner.InRepository("oscal", "export", "all", "--out", first, "--as-of", "2026-11-26").ExitCode);
        Assert.AreEqual(ExitCodes.Success, CliRunner.InRepository("oscal", "export", "all", "--out", second, "--as-of", "2026-11-26").ExitCode);

        var files = Directory.GetFiles(first).Order(StringComparer.Ordinal).ToArray();
        Assert.HasCount(44, files);
        foreach (var file in files)
        {
            CollectionAssert.AreEqual(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))), file);
        }

        var validate = CliRunner.InRepository(["oscal", "validate", .. files, "--schema", Schema]);
        Assert.AreEqual(ExitCodes.Success, validate.ExitCode, validate.Error);
        Assert.AreEqual(44, validate.Out.Split('\n').Count(l => l.Contains(": valid OSCAL ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ExportThenImport_GivesBackTheCatalogAndTheCrosswalk()
    {
        var folder = TempFolder();
        var catalog = Path.Combine(folder, "ssdf.json");
        var crosswalk = Path.Combine(folder, "ism.json");
        Assert.AreEqual(ExitCodes.Success, CliRunner.InRepository("oscal", "export", "catalog", "nist-ssdf@1.1", "--out", catalog, "--as-of", "2026-11-26").ExitCode);
        Assert.AreEqual(ExitCodes.Success, CliRunner.InRepository("oscal", "export", "crosswalk", "nist-ssdf@1.1--asd-ism@2025.12.9", "--out", crosswalk, "--as-of", "2026-11-26").ExitCode);

        var catalogImport = CliRunner.InRepository("oscal", "import", catalog, "--out", Path.Combine(folder, "ssdf.yaml"));
        var crosswalkImport = CliRunner.InRepository("oscal", "import", crosswalk, "--out", Path.Combine(folder, "ism.yaml"));

        Assert.AreEqual(ExitCodes.Success, catalogImport.ExitCode, catalogImport.Error);
        StringAssert.Contains(catalogImport.Out, "nist-ssdf@1.1, 61 controls");
        Assert.AreEqual(ExitCodes.Success, crosswalkImport.ExitCode, crosswalkImport.Error);
        StringAssert.Contains(crosswalkImport.Out, "204 mappings");
        Assert.AreEqual(string.Empty, crosswalkImport.Error);
    }

    [TestMethod]
    public void Export_UnknownId_SaysWhatIsLoaded()
    {
        var run = CliRunner.InRepository("oscal", "export", "baseline", "nope", "--out", Path.Combine(TempFolder(), "x.json"));

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "au-software-supplier");
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Import_Bsi_NeedsItsCatalogsNamed_ThenWritesTwoCrosswalks()
    {
        var bsi = RepositoryPaths.Source("oscal-mapping-model", "BSI_ISO27001-AnnexA-to-GS++-mapping_collection.json");
        var folder = TempFolder();

        var unnamed = CliRunner.InRepository("oscal", "import", bsi, "--out", folder);
        var named = CliRunner.InRepository(
            "oscal", "import", bsi, "--out", folder,
            "--catalog", "ISO27001-AnnexA-catalog.json=iso27001-annex-a@2022",
            "--catalog", "BSI-Methodik-Grundschutz++-catalog.json=bsi-methodik@1.0",
            "--catalog", "BSI-Stand-der-Technik-Kernel-catalog.json=bsi-kernel@1.0");

        Assert.AreEqual(ExitCodes.InputErrors, unnamed.ExitCode);
        StringAssert.Contains(unnamed.Error, "PB1213");
        Assert.AreEqual(ExitCodes.Success, named.ExitCode, named.Error);
        Assert.HasCount(2, Directory.GetFiles(folder, "*.yaml"));
        StringAssert.Contains(named.Error, "PB1209");
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void Validate_ReportsEveryProblemWithLineAndColumn_AndExitsOne()
    {
        var folder = TempFolder();
        var bad = Path.Combine(folder, "bad.json");
        ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(bad, "{\"catalog\": {\"uuid\": \"not-a-uuid\", \"metadata\": {\"title\": \"t\"}}}");

        var run = CliRunner.InRepository("oscal", "validate", bad, Path.Combine(folder, "missing.json"), "--schema", Schema);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "bad.json(1,14): error PB1214");
        StringAssert.Contains(run.Error, "PB0001");
        Assert.AreEqual(2, run.Out.Split('\n').Count(l => l.Contains("not valid", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void AssessFormatOscal_WritesResultsAndPoamBesideTheJson()
    {
        var folder = TempFolder();

        var run = CliRunner.InRepository("assess", "samples/charlie-poam/attestation.yaml", "-b", "us-federal-software", "--as-of", "2026-11-26", "--out", folder, "--format", "json,oscal");

        Assert.AreEqual(ExitCodes.Conditional, run.ExitCode, run.Error);
        using var results = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "charlie-poam.assessment-results.json")));
        using var poam = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "charlie-poam.poam.json")));
        Assert.AreEqual(1, results.RootElement.GetProperty("assessment-results").GetProperty("results").GetArrayLength());
        Assert.IsGreaterThan(0, poam.RootElement.GetProperty("plan-of-action-and-milestones").GetProperty("poam-items").GetArrayLength());
    }

    [TestMethod]
    public void ImportOscalProfile_FollowsAChainInsideTheProfilesFolder()
    {
        var folder = TempFolder();
        void Write(string name, string json) => ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(Path.Combine(folder, name), json);
        const string Meta = "\"metadata\": {\"title\": \"p\", \"last-modified\": \"2026-01-01T00:00:00Z\", \"version\": \"1\", \"oscal-version\": \"1.2.2\"}";
        Write("catalog.json", "{\"catalog\": {\"uuid\": \"00000000-0000-4000-8000-000000000001\", " + Meta + ", \"groups\": [{\"id\": \"ac\", \"title\": \"AC\", \"controls\": [{\"id\": \"ac-1\", \"title\": \"One\"}, {\"id\": \"ac-2\", \"title\": \"Two\", \"controls\": [{\"id\": \"ac-2.1\", \"title\": \"Two one\"}]}]}]}}");
        Write("base.json", "{\"profile\": {\"uuid\": \"00000000-0000-4000-8000-000000000002\", " + Meta + ", \"imports\": [{\"href\": \"https://example.org/catalog.json\", \"include-all\": {}}]}}");
        Write("top.json", "{\"profile\": {\"uuid\": \"00000000-0000-4000-8000-000000000003\", " + Meta + ", \"imports\": [{\"href\": \"base.json\", \"include-controls\": [{\"matching\": [{\"pattern\": \"ac-2*\"}]}]}]}}");

        var run = CliRunner.Invoke(
            folder, "catalog", "import-oscal-profile", "top.json", "--oscal-catalog", "catalog.json", "--catalog", "c@1", "--id", "top", "--out", "top.yaml",
            "--source-url", "https://example.org", "--licence", "x", "--attribution", "x", "--obtained", "x");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "2 controls of c@1");
        StringAssert.Contains(File.ReadAllText(Path.Combine(folder, "top.yaml")), "ac-2.1");
    }
}
