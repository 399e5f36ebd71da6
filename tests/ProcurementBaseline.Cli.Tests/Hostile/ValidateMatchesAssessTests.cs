using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// attest validate reports, at an as-of date, every problem of form that assess turns into an evidence-problem or
/// not-met, with the same codes, so a vendor's release gate cannot pass what the agency's assessment fails (issue 12,
/// item 13).
/// </summary>
[TestClass]
public sealed class ValidateMatchesAssessTests
{
    private static HostileSubmission Flawed()
    {
        var submission = new HostileSubmission();
        var sha = submission.Evidence("evidence/e.md", "evidence\n");
        submission.Claims.Add($$"""
              - control: nist-ssdf@1.1#PO.1.1
                status: implemented
              - control: nist-ssdf@1.1#PO.1.3
                status: implemented
                evidence:
                  - {title: Unpinned, path: evidence/e.md, issued: "2026-03-01"}
              - control: nist-ssdf@1.1#PO.3.1
                status: implemented
                evidence:
                  - {title: Backwards, path: evidence/e.md, sha256: {{sha}}, issued: "2026-09-01", expires: "2026-08-01"}
              - control: nist-ssdf@1.1#PO.3.2
                status: implemented
                evidence:
                  - {title: Expired, uri: "https://vendor.example/report", issued: "2026-01-01", expires: "2026-06-30"}
              - control: nist-ssdf@1.1#PO.3.3
                status: planned
                poam:
                  - {milestone: Far away, due: "2028-01-01"}
            """);
        return submission;
    }

    private static readonly string[] Codes = ["PB1610", "PB1611", "PB1615", "PB1612", "PB1623"];

    [TestMethod]
    public void Validate_ReportsEveryProblemOfForm_AndFails()
    {
        using var submission = Flawed();

        var run = CliRunner.InRepository("attest", "validate", submission.Write(), "--as-of", "2026-11-26");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode, "warnings are what assess counts against the claims");
        foreach (var code in Codes)
        {
            StringAssert.Contains(run.Out, $"warning {code}:");
        }
    }

    [TestMethod]
    public void Assess_FindsTheSameProblems_WithTheSameCodes()
    {
        using var submission = Flawed();
        using var output = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", submission.Write(), "--as-of", "2026-11-26", "--out", output.Root, "--format", "json");

        using var json = JsonDocument.Parse(File.ReadAllText(Directory.EnumerateFiles(output.Root, "*.json").Single()));
        var findings = json.RootElement.GetProperty("baselines")[0].GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("control").GetString()!, f => f);
        string Codes(string control) => string.Join(",", findings[control].GetProperty("evidence-problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.AreEqual("PB1610", Codes("nist-ssdf@1.1#PO.1.1"));
        Assert.AreEqual("PB1611", Codes("nist-ssdf@1.1#PO.1.3"));
        Assert.AreEqual("PB1615", Codes("nist-ssdf@1.1#PO.3.1"));
        Assert.AreEqual("PB1612", Codes("nist-ssdf@1.1#PO.3.2"));
        Assert.AreEqual("not-met", findings["nist-ssdf@1.1#PO.3.3"].GetProperty("finding").GetString());
    }

    [TestMethod]
    public void ACleanSubmission_Validates()
    {
        using var submission = new HostileSubmission().Implemented("nist-ssdf@1.1#PO.1.1");

        var run = CliRunner.InRepository("attest", "validate", submission.Write(), "--as-of", "2026-11-26");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Out);
    }

    [TestMethod]
    public void AnAttestationDatedAfterTheAsOfDate_IsAnError_InBoth()
    {
        using var submission = new HostileSubmission { Date = "2027-01-01" }.Implemented("nist-ssdf@1.1#PO.1.1");
        var file = submission.Write();

        var validate = CliRunner.InRepository("attest", "validate", file, "--as-of", "2026-11-26");
        var assess = CliRunner.InRepository("assess", file, "--as-of", "2026-11-26");

        StringAssert.Contains(validate.Out, "error PB1620: the attestation is dated 2027-01-01, after the as-of date 2026-11-26");
        Assert.AreEqual(ExitCodes.InputErrors, assess.ExitCode);
        StringAssert.Contains(assess.Error, "error PB1620");
    }

    [TestMethod]
    public void ValidateAsOf_MovesTheJudgement()
    {
        using var submission = new HostileSubmission();
        submission.Claims.Add("""
              - control: nist-ssdf@1.1#PO.1.1
                status: implemented
                evidence:
                  - {title: Report, uri: "https://vendor.example/report", issued: "2026-01-01", expires: "2026-12-31"}
            """);
        var file = submission.Write();

        Assert.AreEqual(ExitCodes.Success, CliRunner.InRepository("attest", "validate", file, "--as-of", "2026-11-26").ExitCode);
        StringAssert.Contains(CliRunner.InRepository("attest", "validate", file, "--as-of", "2027-01-15").Out, "warning PB1612: evidence 'Report' expired on 2026-12-31");
    }

    [TestMethod]
    public void ATypoInAControlId_GetsASuggestion()
    {
        using var submission = new HostileSubmission();
        submission.Claims.Add("""
              - control: nist-ssdf@1.1#po.3.3
                status: not-implemented
            """);

        var run = CliRunner.InRepository("attest", "validate", submission.Write(), "--as-of", "2026-11-26");

        StringAssert.Contains(run.Out, "error PB1601: nist-ssdf@1.1 does not define 'po.3.3'; did you mean 'PO.3.3'?");
    }
}
