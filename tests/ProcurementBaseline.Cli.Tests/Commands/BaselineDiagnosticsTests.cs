using ProcurementBaseline.Cli;

namespace ProcurementBaseline.Tests.Commands;

/// <summary>Every baseline problem is a diagnostic with its code and position, all reported in one run.</summary>
[TestClass]
public sealed class BaselineDiagnosticsTests
{
    [TestMethod]
    public void BadBaselines_AreReportedTogether_WithPositions()
    {
        using var temp = new TempStandards();
        temp.Write("baselines/one.yaml", """
            kind: baseline
            schema-version: "1"
            id: one
            title: One
            owner: Tests
            jurisdiction: AU
            version: "1"
            catalogs: [asd-ism@2025.12.9]
            select:
              - {catalog: asd-ism@1999.1, priority: must}
              - {catalog: asd-ism@2025.12.9, selection: no-such-selection}
              - {catalog: asd-ism@2025.12.9, controls: [ism-0400, ism-9999]}
              - {catalog: asd-ism@2025.12.9, classes: [no-such-class]}
              - {catalog: asd-ism@2025.12.9, priority: could}
            policy:
              poam-max-days: -3
            """);
        temp.Write("baselines/two.yaml", """
            kind: baseline
            schema-version: "1"
            id: one
            title: Duplicate id
            owner: Tests
            jurisdiction: AU
            version: "1"
            catalogs: [asd-ism@2025.12.9]
            select:
              - {catalog: asd-ism@2025.12.9, controls: [ism-0400]}
            """);

        var run = CliRunner.InRepository("catalog", "validate", "--standards", temp.Root);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        foreach (var expected in new[]
        {
            "baselines/one.yaml(10,5): error PB1501", "baselines/one.yaml(11,5): error PB1502", "baselines/one.yaml(12,5): error PB1503",
            "baselines/one.yaml(13,5): warning PB1504", "baselines/one.yaml(14,44): error PB1007", "baselines/one.yaml(16,18): error PB1006",
            "baselines/two.yaml: error PB1505",
        })
        {
            StringAssert.Contains(run.Out, expected);
        }
    }

    [TestMethod]
    public void AnEvidenceRequirementOnAControlTheBaselineDoesNotRequire_IsAnError()
    {
        using var temp = new TempStandards();
        temp.Write("sbom-profiles/certin@1.0.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Standards, "sbom-profiles", "certin@1.0.yaml")));
        temp.Write("baselines/one.yaml", """
            kind: baseline
            schema-version: "1"
            id: one
            title: One
            owner: Tests
            jurisdiction: IN
            version: "1"
            catalogs: [certin-sbom@1.0]
            select:
              - {catalog: certin-sbom@1.0, controls: ["7.1.2"]}
            policy:
              evidence:
                - controls: [certin-sbom@1.0#7.1.2, certin-sbom@1.0#7.1.22]
                  kind: sbom
                  profile: certin@1.0
            """);

        var run = CliRunner.InRepository("catalog", "validate", "--standards", temp.Root);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Out, "error PB1506: the evidence requirement names certin-sbom@1.0#7.1.22, which baseline 'one' does not require, so it would never apply");
        Assert.DoesNotContain("certin-sbom@1.0#7.1.2,", run.Out);
    }
}
