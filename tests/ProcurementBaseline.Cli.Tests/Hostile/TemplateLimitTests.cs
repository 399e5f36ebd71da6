using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// An agency's templates run within limits, without the clock or file access, and each breach is a template
/// diagnostic with no report written; a folder may replace one template and inherit the others (issue 12, item 11).
/// </summary>
[TestClass]
public sealed class TemplateLimitTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml");

    private static (CliRunner.Run Run, string[] Written) Render(string markdownTemplate, string formats = "md")
    {
        using var templates = new TempStandards(withCatalogs: false);
        templates.Write("report.md.sbn", markdownTemplate);
        using var output = new TempStandards(withCatalogs: false);
        var run = CliRunner.InRepository("assess", Sample, "-b", "us-federal-software", "--as-of", "2026-11-26", "--out", output.Root, "--format", formats, "--templates", templates.Root);
        return (run, [.. Directory.EnumerateFiles(output.Root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]);
    }

    [TestMethod]
    [Timeout(120_000)]
    [DataRow("{{ while true }}x{{ end }}", "loop", DisplayName = "a loop that never ends")]
    [DataRow("{{ for i in 1..1000000000 }}{{ end }}", "loop", DisplayName = "a billion iterations")]
    [DataRow("{{ func f(x); ret f(x); end; f 1 }}", "recursive", DisplayName = "endless recursion")]
    [DataRow("{{ date.now }}", "the clock is not available", DisplayName = "the clock")]
    [DataRow("{{ date.utc_now }}", "the clock is not available", DisplayName = "the UTC clock")]
    [DataRow("{{ include 'report.html.sbn' }}", "cannot read files", DisplayName = "a file read")]
    public void ATemplateThatBreaksALimit_IsADiagnostic_AndWritesNoReport(string template, string message)
    {
        var (run, written) = Render(template);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "report.md.sbn(1,");
        StringAssert.Contains(run.Error, "error PB1702");
        StringAssert.Contains(run.Error, message, StringComparison.OrdinalIgnoreCase);
        Assert.IsEmpty(written, "no report, no temporary file: " + string.Join(", ", written));
    }

    [TestMethod]
    public void OutputPastTheLimit_StopsTheTemplate()
    {
        var (template, errors) = ProcurementBaseline.Reports.Templates.ReportTemplate.Parse("{{ for i in 1..1000 }}0123456789{{ end }}", "limit.sbn", "text");
        Assert.IsEmpty(errors);
        using var output = new StringWriter();

        var problems = template!.Render(EmptyReport, output, new ProcurementBaseline.Reports.Templates.TemplateLimits { MaxOutputChars = 5_000 });

        StringAssert.Contains(problems.Single().Message, "OutputLimit");
        Assert.IsLessThanOrEqualTo(5_000, output.ToString().Length);
    }

    private static ProcurementBaseline.Reports.GapReport EmptyReport => new("V", null, "P", "1", "2026-11-01", "S", "2026-11-26", "0", "a.yaml", "", [], [], [], [], []);

    [TestMethod]
    public void AFolderWithOneTemplate_InheritsTheOthers()
    {
        var (run, written) = Render("Agency report for {{ report.vendor }}\n", "html,md,text");

        Assert.AreEqual(ExitCodes.Conditional, run.ExitCode, run.Error);
        CollectionAssert.AreEqual(new[] { "charlie-poam.html", "charlie-poam.md", "charlie-poam.txt" }, written);
    }

    [TestMethod]
    public void AnAgencyTemplate_HasItsValuesEscapedForItsFormat_AndRawOnlyWhenAsked()
    {
        using var templates = new TempStandards(withCatalogs: false);
        templates.Write("report.html.sbn", "<p>{{ report.vendor | string.append '<b>' }}</p>{{ raw '<hr>' }}{{ report.vendor | html.escape }}");
        using var output = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", Sample, "-b", "us-federal-software", "--as-of", "2026-11-26", "--out", output.Root, "--format", "html", "--templates", templates.Root);

        Assert.AreEqual("<p>Charlie Cloud K.K.&lt;b&gt;</p><hr>Charlie Cloud K.K.", File.ReadAllText(Path.Combine(output.Root, "charlie-poam.html")), "html.escape is not escaped twice");
    }

    [TestMethod]
    public void AMissingTemplatesFolder_IsAnError()
    {
        var run = CliRunner.InRepository("assess", Sample, "-b", "us-federal-software", "--as-of", "2026-11-26", "--out", Path.GetTempPath(), "--templates", "no-such-folder");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "error PB0001: path 'no-such-folder' does not exist");
    }
}
