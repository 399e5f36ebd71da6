using System.Text.Json;
using ProcurementBaseline.Cli;

namespace ProcurementBaseline.Tests.Commands;

[TestClass]
public sealed class AssessCommandTests
{
    private const string AsOf = "2026-11-26";

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", name, "attestation.yaml");

    [TestMethod]
    public void SsdfClaims_CarryOntoIsmControls_AndThePathIsInTheJson()
    {
        using var temp = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", Sample("acme-ssdf-mapped"), "-b", "au-software-supplier", "--as-of", AsOf, "--out", temp.Root, "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Root, "acme-ssdf-mapped.json")));
        var baseline = json.RootElement.GetProperty("baselines")[0];
        Assert.AreEqual("pass", baseline.GetProperty("verdict").GetString());
        var finding = baseline.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("control").GetString() == "asd-ism@2025.12.9#ism-2040");
        Assert.AreEqual("met-via-mapping", finding.GetProperty("finding").GetString());
        Assert.AreEqual("nist-ssdf@1.1#PW.5.1", finding.GetProperty("via").GetString());
        var step = finding.GetProperty("path").EnumerateArray().Single();
        Assert.AreEqual("equivalent-to", step.GetProperty("relationship").GetString());
        Assert.AreEqual("nist-ssdf@1.1--asd-ism@2025.12.9", step.GetProperty("crosswalk").GetString());
        Assert.AreEqual(8, baseline.GetProperty("counts").GetProperty("met-via-mapping").GetInt32());
    }

    [TestMethod]
    public void WithoutMappings_TheSameSubmissionFails()
    {
        var run = CliRunner.InRepository("assess", Sample("acme-ssdf-mapped"), "-b", "au-software-supplier", "--as-of", AsOf, "--no-mappings");

        Assert.AreEqual(ExitCodes.Fail, run.ExitCode);
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"au-software-supplier\s+FAIL"));
    }

    [TestMethod]
    public void ExpiredEvidence_FailsAtTheAsOfDate_ButPassesBeforeIt()
    {
        var now = CliRunner.InRepository("assess", Sample("bravo-expired-evidence"), "--as-of", AsOf);
        var before = CliRunner.InRepository("assess", Sample("bravo-expired-evidence"), "--as-of", "2026-09-01");

        Assert.AreEqual(ExitCodes.Fail, now.ExitCode);
        StringAssert.Matches(now.Out, new System.Text.RegularExpressions.Regex(@"us-federal-software\s+FAIL\s+78 %\s+47\s+0\s+0\s+0\s+0\s+0\s+13"));
        Assert.AreEqual(ExitCodes.Success, before.ExitCode, before.Out);
    }

    [TestMethod]
    public void PlansOfAction_AreConditional_Exit3()
    {
        var run = CliRunner.InRepository("assess", Sample("charlie-poam"), "--as-of", AsOf);

        Assert.AreEqual(ExitCodes.Conditional, run.ExitCode, run.Out + run.Error);
    }

    [TestMethod]
    public void OneAttestation_PassesAllFourNations()
    {
        var run = CliRunner.InRepository("assess", Sample("delta-all-four"), "-b", "au-software-supplier,us-federal-software,jp-government-software,in-government-software", "--as-of", AsOf);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Out + run.Error);
        Assert.AreEqual(4, run.Out.Split('\n').Count(l => l.Contains(" PASS ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Folder_KeepsGoingPastABadSubmission_AndWritesAPortfolio()
    {
        using var temp = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", Path.Combine(RepositoryPaths.Root, "samples"), "-b", "us-federal-software", "--as-of", AsOf, "--out", temp.Root);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "echo-bad-data/attestation.yaml: not assessed");
        CollectionAssert.AreEquivalent(
            new[] { "acme-ssdf-mapped", "bravo-expired-evidence", "charlie-poam", "delta-all-four", "portfolio" },
            Directory.EnumerateFiles(temp.Root, "*.json").Select(Path.GetFileNameWithoutExtension).ToArray());
        Assert.IsEmpty(Directory.EnumerateFiles(temp.Root, "*.tmp", SearchOption.AllDirectories), "no temporary files left behind");
        using var portfolio = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Root, "portfolio.json")));
        Assert.AreEqual(5, portfolio.RootElement.GetProperty("submissions").GetArrayLength());
    }

    [TestMethod]
    public void Folder_OnSeveralJobs_PrintsAndWritesExactlyWhatOneJobDoes()
    {
        using var one = new TempStandards(withCatalogs: false);
        using var three = new TempStandards(withCatalogs: false);
        var samples = Path.Combine(RepositoryPaths.Root, "samples");

        var serial = CliRunner.InRepository("assess", samples, "-b", "all", "--as-of", AsOf, "--out", one.Root, "--jobs", "1");
        var parallel = CliRunner.InRepository("assess", samples, "-b", "all", "--as-of", AsOf, "--out", three.Root, "--jobs", "3");

        Assert.AreEqual(serial.ExitCode, parallel.ExitCode);
        Assert.AreEqual(serial.Out.Replace(one.Root, "<out>", StringComparison.Ordinal), parallel.Out.Replace(three.Root, "<out>", StringComparison.Ordinal), "the console shows the submissions in input order");
        Assert.AreEqual(serial.Error, parallel.Error);
        var files = Directory.EnumerateFiles(one.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(files, Directory.EnumerateFiles(three.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        Assert.HasCount(25, files, "five outputs for each of four submissions, and the portfolio's five");
        foreach (var name in files)
        {
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(one.Root, name!)), File.ReadAllBytes(Path.Combine(three.Root, name!)), name);
        }
    }

    [TestMethod]
    public void Jobs_BelowOne_IsAUsageError()
    {
        var run = CliRunner.InRepository("assess", Sample("delta-all-four"), "-b", "all", "--jobs", "0");

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode);
        StringAssert.Contains(run.Error, "--jobs '0' must be a whole number of at least 1.");
    }

    [TestMethod]
    public void Json_IsByteIdenticalAcrossRuns()
    {
        using var first = new TempStandards(withCatalogs: false);
        using var second = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", Sample("charlie-poam"), "-b", "all", "--as-of", AsOf, "--out", first.Root);
        CliRunner.InRepository("assess", Sample("charlie-poam"), "-b", "all", "--as-of", AsOf, "--out", second.Root);

        foreach (var name in new[] { "charlie-poam.json", "charlie-poam.html", "charlie-poam.md", "charlie-poam.txt" })
        {
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(first.Root, name)), File.ReadAllBytes(Path.Combine(second.Root, name)), name);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(first.Root, "charlie-poam.json")));
        Assert.AreEqual("1", json.RootElement.GetProperty("schema-version").GetString());
        Assert.IsTrue(json.RootElement.GetProperty("inputs").EnumerateArray().Any(i => i.GetProperty("file").GetString()!.EndsWith("us-federal-software.yaml", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void HtmlReport_EscapesAttestationText_AndShowsMappingPaths()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var text = File.ReadAllText(Sample("acme-ssdf-mapped")).Replace("product:\n  name: \"Acme Records Gateway\"", "product:\n  name: \"<script>alert(1)</script>\"", StringComparison.Ordinal);
        Assert.Contains("<script>", text);
        var copy = temp.Write("attestation.yaml", text);
        CopyFolder(Path.Combine(RepositoryPaths.Root, "samples", "acme-ssdf-mapped", "evidence"), Path.Combine(temp.Root, "evidence"));

        var run = CliRunner.InRepository("assess", copy, "-b", "au-software-supplier", "--as-of", AsOf, "--out", Path.Combine(temp.Root, "out"), "--format", "html");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        var html = File.ReadAllText(Path.Combine(temp.Root, "out", Path.GetFileName(temp.Root) + ".html"));
        Assert.AreEqual(1, html.Split("<script>").Length - 1, "the one script is the report's own table filter");
        StringAssert.Contains(html, ProcurementBaseline.Reports.Tables.InteractiveTables.Script);
        StringAssert.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
        StringAssert.Contains(html, "met-via-mapping through nist-ssdf@1.1 PW.5.1, equivalent-to ism-2040, reviewed, strength 8");
        StringAssert.Contains(html, "<table class=\"coverage\">");
    }

    [TestMethod]
    public void HtmlReport_CoverageLabelsAreWholeText_GapTablesFilterAndSort_AndDueIsShownOnlyWhenThereIsOne()
    {
        using var temp = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", Sample("charlie-poam"), Sample("bravo-expired-evidence"), "-b", "us-federal-software", "--as-of", AsOf, "--out", temp.Root, "--format", "html,md");

        var charlie = File.ReadAllText(Path.Combine(temp.Root, "charlie-poam.html"));
        var bravo = File.ReadAllText(Path.Combine(temp.Root, "bravo-expired-evidence.html"));
        StringAssert.Matches(charlie, new System.Text.RegularExpressions.Regex(@"<th scope=""row"">US</th><td>\d+% \(\d+/60\)</td>"));
        StringAssert.Contains(charlie, "<table class=\"interactive\">\n<thead><tr><th>Control</th>");
        StringAssert.Contains(charlie, "<th>Due</th>");
        StringAssert.Contains(charlie, "<td>2027-03-31</td>");
        Assert.DoesNotContain("<th>Due</th>", bravo, "no gap of Bravo's has a plan of action");
        Assert.DoesNotContain("| due |", File.ReadAllText(Path.Combine(temp.Root, "bravo-expired-evidence.md")).Split("## Plan of action")[0]);
    }

    [TestMethod]
    public void AgencyTemplates_AreUsed_AndTheirErrorsHavePositions()
    {
        using var temp = new TempStandards(withCatalogs: false);
        temp.Write("templates/report.md.sbn", "# {{ report.vendor }} for an agency\n{{ for b in report.baselines }}{{ b.id }}: {{ b.verdict }}\n{{ end }}");
        temp.Write("broken/report.md.sbn", "line one\n{{ for b in report.baselines }}\n{{ undefined_thing }}\n{{ end }}");

        var good = CliRunner.InRepository("assess", Sample("charlie-poam"), "--as-of", AsOf, "--out", Path.Combine(temp.Root, "good"), "--format", "md", "--templates", Path.Combine(temp.Root, "templates"));
        var bad = CliRunner.InRepository("assess", Sample("charlie-poam"), "--as-of", AsOf, "--out", Path.Combine(temp.Root, "bad"), "--format", "md", "--templates", Path.Combine(temp.Root, "broken"));

        Assert.AreEqual(ExitCodes.Conditional, good.ExitCode, good.Error);
        Assert.AreEqual("# Charlie Cloud K.K. for an agency\nus-federal-software: conditional\n", File.ReadAllText(Path.Combine(temp.Root, "good", "charlie-poam.md")));
        Assert.AreEqual(ExitCodes.InputErrors, bad.ExitCode);
        StringAssert.Contains(bad.Error, "broken/report.md.sbn(3,4): error PB1702");
        Assert.IsFalse(File.Exists(Path.Combine(temp.Root, "bad", "charlie-poam.md")), "no half-written report");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [TestMethod]
    public void BadData_IsReportedInOneRun_WithPositions()
    {
        var run = CliRunner.InRepository("attest", "validate", Sample("echo-bad-data"));

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        foreach (var expected in new[]
        {
            "(10,7): error PB1012", "(17,13): error PB1007", "(23,15): error PB1604", "(25,15): error PB1604", "(28,17): error PB1609",
            "(29,5): error PB1603", "(34,17): error PB1012", "(35,5): error PB1601", "(39,5): info PB1602", "(26,9): warning PB1611", "(43,5): error PB1601",
        })
        {
            StringAssert.Contains(run.Out, expected);
        }
    }

    [TestMethod]
    public void EvidenceSymlinkLeadingOutside_IsRejected_AndAMissingFileIsAnEvidenceProblem()
    {
        using var temp = new TempStandards(withCatalogs: false);
        Directory.CreateDirectory(Path.Combine(temp.Root, "evidence"));
        File.CreateSymbolicLink(Path.Combine(temp.Root, "evidence", "link.txt"), "/etc/hostname");
        var file = temp.Write("attestation.yaml", """
            kind: attestation
            schema-version: "1"
            vendor: {name: V}
            product: {name: P, version: "1"}
            date: "2026-11-01"
            signatory: {name: S}
            claims:
              - control: nist-ssdf@1.1#PO.1.1
                status: implemented
                evidence:
                  - {title: Linked, path: evidence/link.txt}
            """);

        var run = CliRunner.InRepository("attest", "validate", file, "-b", "us-federal-software");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Out, "(11,9): error PB1604: evidence path 'evidence/link.txt' leads outside the folder through a symbolic link");
    }

    [TestMethod]
    public void Init_WritesASkeletonThatValidates()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var file = Path.Combine(temp.Root, "attestation.yaml");

        var init = CliRunner.InRepository("attest", "init", "-b", "us-federal-software", "--vendor", "Foxtrot", "--product", "Ledger", "--date", AsOf, "--out", file);
        var validate = CliRunner.InRepository("attest", "validate", file);

        Assert.AreEqual(ExitCodes.Success, init.ExitCode, init.Error);
        Assert.AreEqual(ExitCodes.Success, validate.ExitCode, validate.Out);
        StringAssert.Contains(validate.Out, "60 claims; 0 errors, 0 warnings");
        var text = File.ReadAllText(file);
        StringAssert.Contains(text, "  # PO.1.1 (must): Define Security Requirements for Software Development");
        StringAssert.Contains(text, "  - control: nist-ssdf@1.1#PO.1.1\n    status: not-implemented");
    }

    [TestMethod]
    public void Compare_ShowsVendorsSideBySide()
    {
        var run = CliRunner.InRepository("compare", Sample("bravo-expired-evidence"), Sample("charlie-poam"), "-b", "us-federal-software", "--as-of", AsOf);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"verdict\s+FAIL\s+CONDITIONAL"));
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"PS\.3\.2\s+Archive and Protect Each Software Release\s+must\s+met\s+planned"));
    }

    [TestMethod]
    public void Harmonise_WritesTheCommonBaseline_WhoseMustControlsAreThePlan()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var file = Path.Combine(temp.Root, "au-us.yaml");

        var run = CliRunner.InRepository("harmonise", "--nations", "AU,US", "--id", "au-us-common", "--prefer", "nist-ssdf@1.1", "--out", file);
        var plan = CliRunner.InRepository("plan", "-b", "au-software-supplier,us-federal-software", "--prefer", "nist-ssdf@1.1", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        var baseline = ProcurementBaseline.Yaml.Baselines.BaselineYamlReader.Read(File.ReadAllBytes(file), file);
        Assert.IsFalse(baseline.HasErrors, string.Join("\n", baseline.Diagnostics));
        using var json = System.Text.Json.JsonDocument.Parse(plan.Out);
        var planned = json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("control").GetString()).Order(StringComparer.Ordinal).ToList();
        var musts = baseline.Value!.Select.Where(s => s.Priority == Baselines.Priority.Must).SelectMany(s => s.Controls.Select(c => $"{s.Catalog}#{c}")).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(planned, musts, "the common baseline asks for the plan, not the union");
        Assert.IsLessThan(189 + 31, musts.Count);
    }

    [TestMethod]
    public void Harmonise_ListsTheRequirementsCommonToAustraliaAndTheUnitedStates()
    {
        var run = CliRunner.InRepository("harmonise", "--nations", "AU,US", "--prefer", "nist-ssdf@1.1", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var pw51 = json.RootElement.GetProperty("common").EnumerateArray()
            .Single(c => c.GetProperty("claims").EnumerateArray().Select(k => k.GetString()).SequenceEqual(["nist-ssdf@1.1#PW.5.1"]));
        Assert.AreEqual("asd-ism@2025.12.9#ism-2040", pw51.GetProperty("members").GetProperty("AU")[0].GetString());
        Assert.AreEqual("nist-ssdf@1.1#PW.5.1", pw51.GetProperty("members").GetProperty("US")[0].GetString());
        Assert.IsTrue(json.RootElement.GetProperty("plan").GetProperty("every-must-met").GetBoolean());
    }
}
