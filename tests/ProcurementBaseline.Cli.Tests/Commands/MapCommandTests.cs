using System.Text.Json;
using ProcurementBaseline.Cli;

namespace ProcurementBaseline.Tests.Commands;

[TestClass]
public sealed class MapCommandTests
{
    [TestMethod]
    public void Check_ShippedCrosswalks_IsClean()
    {
        var run = CliRunner.InRepository("map", "check");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Out + run.Error);
        StringAssert.Contains(run.Out, "0 errors, 0 warnings");
    }

    [TestMethod]
    public void MatrixCsv_CannotCarrySpreadsheetFormulas()
    {
        using var temp = new TempStandards();
        temp.Write("crosswalks/nist-ssdf@1.1--asd-ism@2025.12.9.yaml", """
            kind: crosswalk
            schema-version: "1"
            source: nist-ssdf@1.1
            target: asd-ism@2025.12.9
            title: Hostile remark
            defaults: {rationale: semantic, provenance: reviewed, method: human, author: t, status: reviewed}
            mappings:
              - {source: PO.5.1, target: ism-0400, relationship: intersects-with, strength: 8, remarks: "=HYPERLINK(\"https://evil.example\")"}
            """);

        var run = CliRunner.InRepository("map", "matrix", "nist-ssdf@1.1", "asd-ism", "--format", "csv", "--standards", temp.Root);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "'=HYPERLINK");
        Assert.DoesNotContain(",=HYPERLINK", run.Out);
    }

    [TestMethod]
    public void Check_ReportsProblemsInACrosswalkFolder_WithPositions()
    {
        using var temp = new TempStandards();
        temp.Write("crosswalks/nist-ssdf@1.1--asd-ism@2025.12.9.yaml", """
            kind: crosswalk
            schema-version: "1"
            source: nist-ssdf@1.1
            target: asd-ism@2025.12.9
            title: Bad
            defaults: {rationale: semantic, provenance: reviewed, method: human, author: t, status: reviewed}
            mappings:
              - {source: PO.5.1, target: ism-0400, relationship: equal-to, strength: 8}
              - {source: PO.5.1, target: ism-0400, relationship: no-relationship, strength: 8}
              - {source: PO.9.9, target: ism-0400, relationship: subset-of, strength: 8}
              - {source: PO.5.2, target: ism-0400, relationship: sideways, strength: 11}
            """);
        temp.Write("crosswalks/misnamed.yaml", """
            kind: crosswalk
            schema-version: "1"
            source: nist-ssdf@1.1
            target: nist-sp800-53@5.0.1
            title: Misnamed
            mappings:
              - {source: PO.1.1, target: AC-1(99), relationship: intersects-with, rationale: semantic, strength: 5, provenance: reviewed, method: human, author: t, status: reviewed}
            """);

        var run = CliRunner.InRepository("map", "check", "--standards", temp.Root);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Out, "nist-ssdf@1.1--asd-ism@2025.12.9.yaml(9,5): error PB1304");
        StringAssert.Contains(run.Out, "(10,5): error PB1302");
        StringAssert.Contains(run.Out, "error PB1007");
        StringAssert.Contains(run.Out, "error PB1006");
        StringAssert.Contains(run.Out, "misnamed.yaml(3,9): warning PB1307");
        StringAssert.Contains(run.Out, "misnamed.yaml(7,5): error PB1302");
    }

    [TestMethod]
    public void Matrix_SsdfByIsm_ShowsTheReviewedMappings()
    {
        var run = CliRunner.InRepository("map", "matrix", "nist-ssdf@1.1", "asd-ism", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("control").GetString() == "nist-ssdf@1.1#PW.5.1");
        var mapping = row.GetProperty("mappings").EnumerateArray().Single(m => m.GetProperty("target").GetString() == "asd-ism@2025.12.9#ism-2040");
        Assert.AreEqual("equivalent-to", mapping.GetProperty("relationship").GetString());
        Assert.AreEqual("reviewed", mapping.GetProperty("provenance").GetString());
        var ssdfGap = json.RootElement.GetProperty("gaps").EnumerateArray().First();
        Assert.IsTrue(ssdfGap.GetProperty("unmapped-in-scope").EnumerateArray().Any(id => id.GetString() == "PO.2.3"), "PO.2.3 has no ISM mapping");
    }

    [TestMethod]
    public void Explain_GivesThePathAndTheResidual()
    {
        var partial = CliRunner.InRepository("map", "explain", "--claimed", "nist-ssdf@1.1#PO.5.1", "--target", "asd-ism@2025.12.9#ism-1419");
        var full = CliRunner.InRepository("map", "explain", "--claimed", "nist-ssdf@1.1#PW.5.1", "--catalog", "asd-ism");

        Assert.AreEqual(ExitCodes.Success, partial.ExitCode, partial.Error);
        StringAssert.Contains(partial.Out, "asd-ism@2025.12.9#ism-1419 is covered in part (strength 5):");
        StringAssert.Contains(partial.Out, "Still asks (the residual beyond PO.5.1): Development and modification of software only takes place in development environments.");
        StringAssert.Contains(full.Out, "asd-ism@2025.12.9#ism-2040  covered in full through nist-ssdf@1.1 PW.5.1, equivalent-to ism-2040, reviewed, strength 8");
    }

    [TestMethod]
    public void Matrix_Markdown_IsATable()
    {
        var run = CliRunner.InRepository("map", "matrix", "nist-ssdf@1.1", "asd-ism", "ismap", "--format", "md");

        StringAssert.StartsWith(run.Out, "| nist-ssdf@1.1 control | asd-ism@2025.12.9 | ismap@1.0-scf |");
        StringAssert.Contains(run.Out, "equivalent-to ism-2040 (strength 8, reviewed)");
    }

    [TestMethod]
    public void Suggest_WritesADraftCrosswalk_MarkingReviewedPairs()
    {
        using var temp = new TempStandards();
        var file = Path.Combine(temp.Root, "suggested.yaml");

        var run = CliRunner.InRepository("map", "suggest", "nist-ssdf@1.1", "asd-ism", "--top", "3", "--out", file, "--date", "2026-11-26");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        var result = ProcurementBaseline.Yaml.Crosswalks.CrosswalkYamlReader.Read(File.ReadAllBytes(file), file);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        var crosswalk = result.Value!;
        Assert.IsTrue(crosswalk.Mappings.All(m => m.Provenance == Harmonisation.Provenance.Suggested && m.Status == Harmonisation.MappingStatus.Draft));
        Assert.IsTrue(crosswalk.Mappings.Any(m => m.Remarks!.Contains("Already mapped: ", StringComparison.Ordinal) && m.Remarks.Contains(", reviewed at ", StringComparison.Ordinal)));
        Assert.AreEqual(new DateOnly(2026, 11, 26), crosswalk.Mappings[0].Date);
    }
}
