using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Sboms;

/// <summary>
/// <c>procbase sbom check</c> (issue 17, item 3): exit codes like <c>assess</c>, the missing fields and their first
/// offenders in every format, where a field without a native home is read from, and vendor text escaped.
/// </summary>
[TestClass]
public sealed class SbomCheckCommandTests
{
    private static string Sample(string sample) => Path.Combine("samples", sample, "evidence", "sbom.cdx.json");

    private static CliRunner.Run Check(params string[] args) => CliRunner.InRepository(["sbom", "check", .. args]);

    [TestMethod]
    public void CharliesSbom_FailsCertIn_OnNamedFields_AndSaysWhereEachIsRead()
    {
        var run = Check(Sample("charlie-poam"), "-p", "certin@1.0");

        Assert.AreEqual(ExitCodes.Fail, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "certin@1.0): score 47.6%, 11 required fields incomplete");
        StringAssert.Contains(run.Out, "MISSING  Criticality                        0/24        0 %  first without: CsvHelper@34.0.0");
        StringAssert.Contains(run.Out, "No native place; read from the property cert-in:criticality");
        StringAssert.Contains(run.Out, "ok       Component Supplier                24/24      100 %");
    }

    [TestMethod]
    public void DeltasSbom_IsCompleteUnderEveryProfile()
    {
        var run = Check(Sample("delta-all-four"));

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Out + run.Error);
        StringAssert.Contains(run.Out, "certin@1.0): score 100.0%, complete");
        StringAssert.Contains(run.Out, "ntia@2021): score 100.0%, complete");
    }

    [TestMethod]
    public void TheJsonReport_GivesEachFieldsShare_AndItsFirstOffenders()
    {
        var run = Check(Sample("charlie-poam"), "-p", "certin", "-f", "json");

        Assert.AreEqual(ExitCodes.Fail, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var profile = json.RootElement.GetProperty("profiles").EnumerateArray().Single();
        Assert.AreEqual("certin@1.0", profile.GetProperty("profile").GetString());
        Assert.IsFalse(profile.GetProperty("complete").GetBoolean());
        var origin = profile.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "component-origin");
        Assert.AreEqual(0, origin.GetProperty("have").GetInt32());
        Assert.AreEqual(24, origin.GetProperty("of").GetInt32());
        Assert.AreEqual("CsvHelper@34.0.0", origin.GetProperty("first-without")[0].GetString());
        Assert.AreEqual(24, json.RootElement.GetProperty("components").GetInt32());
    }

    [TestMethod]
    [DataRow("{}", "PB1902")]
    [DataRow("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [{\"name\": ", "PB1901")]
    [DataRow("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"9.9\"}", "PB1904")]
    public void AnUnreadableSbom_ExitsWithInputErrors_AndACode(string text, string code)
    {
        using var folder = new TempStandards(withCatalogs: false);
        var path = folder.Write("bom.json", text);

        var run = Check(path);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, $"error {code}:");
    }

    [TestMethod]
    public void AMissingFile_AndAnUnknownProfile_AreNamed()
    {
        var missing = Check("no-such-sbom.json");
        var unknown = Check(Sample("delta-all-four"), "-p", "bsi@2.0");

        Assert.AreEqual(ExitCodes.InputErrors, missing.ExitCode);
        StringAssert.Contains(missing.Error, "no-such-sbom.json");
        Assert.AreEqual(ExitCodes.Usage, unknown.ExitCode);
        StringAssert.Contains(unknown.Error, "no SBOM profile 'bsi@2.0'; loaded: certin@1.0, cisa@2025, ntia@2021");
    }

    [TestMethod]
    public void AnAffectedVulnerabilityInAVex_IsListed_AndFailsTheCheck()
    {
        using var folder = new TempStandards(withCatalogs: false);
        var vex = folder.Write("vex.json", """
            {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/1", "author": "Vendor", "timestamp": "2026-11-01T00:00:00Z", "version": 1,
             "statements": [{"vulnerability": {"name": "CVE-2026-31337"}, "products": [{"@id": "pkg:nuget/CsvHelper@34.0.0"}], "status": "under_investigation"}]}
            """);

        var run = Check(Sample("delta-all-four"), "--vex", vex, "-f", "json");

        Assert.AreEqual(ExitCodes.Fail, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var open = json.RootElement.GetProperty("vex").GetProperty("open").EnumerateArray().Single();
        Assert.AreEqual("CVE-2026-31337", open.GetProperty("vulnerability").GetString());
        Assert.AreEqual("under_investigation", open.GetProperty("status").GetString());
    }

    [TestMethod]
    public void VendorText_IsEscaped_ForTheTerminal_AndForMarkdown()
    {
        using var folder = new TempStandards(withCatalogs: false);
        var path = folder.Write("bom.json", """
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"component": {"name": "Evil\u001b]0;pwned\u0007 | <script>alert(1)</script>", "version": "1"}},
             "components": [{"name": "x\u001b[2J| <b>y</b> [link](javascript:alert(1))", "version": "1"}]}
            """);

        var text = Check(path, "-p", "certin");
        var markdown = Check(path, "-p", "certin", "-f", "md");

        Assert.DoesNotContain("\u001b", text.Out);
        Assert.DoesNotContain("\u0007", text.Out);
        Assert.DoesNotContain("\u001b", markdown.Out);
        Assert.DoesNotContain("<script>", markdown.Out);
        Assert.DoesNotContain("<b>", markdown.Out);
        Assert.DoesNotContain("[link](", markdown.Out);
        StringAssert.Contains(text.Out, "first without: x");
    }

    private static string Schemas => RepositoryPaths.Source("sbom", "schemas");

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    [DataRow("samples/delta-all-four/evidence/sbom.cdx.json", null)]
    [DataRow("sbom/examples/cyclonedx/cbom-example-with-dependencies.bom.json", "sources")]
    [DataRow("sbom/examples/spdx/SPDXJSONExample-v2.3.spdx.json", "sources")]
    [DataRow("sbom/examples/spdx/spdx-3.0-package_sbom.json", "sources")]
    public void EachSbomWithAnOfficialSchema_IsValidAgainstIt(string file, string? root)
    {
        var path = root is null ? file : Path.Combine(RepositoryPaths.Sources, file);

        var run = Check(path, "--schemas", Schemas, "-p", "ntia");

        StringAssert.Contains(run.Out, "; schema checked.");
        Assert.DoesNotContain("PB1909", run.Error);
        Assert.AreNotEqual(ExitCodes.InputErrors, run.ExitCode, run.Error);
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void AnSbomBreakingItsSchema_IsRefused_AtTheMemberThatBreaksIt()
    {
        using var folder = new TempStandards(withCatalogs: false);
        var path = folder.Write("bom.json", """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [
               {"type": "library", "name": "a", "version": "1"},
               {"type": "gadget", "name": "b", "version": "2"}
             ]}
            """);

        var run = Check(path, "--schemas", Schemas);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "bom.json(4,5): error PB1909: /components/1/type: enum");
        StringAssert.Contains(run.Error, "(against bom-1.6.schema.json)");
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void AVersionWithoutItsSchema_SaysWhichSchemaIsMissing()
    {
        var run = Check(Path.Combine(RepositoryPaths.Sources, "sbom", "examples", "cyclonedx", "dropwizard-1.3.15.bom.json"), "--schemas", Schemas, "-p", "ntia");

        StringAssert.Contains(run.Out, "schema not checked (no bom-1.2.schema.json among the schemas given)");
    }
}
