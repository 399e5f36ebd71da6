using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;
using UglyToad.PdfPig;

namespace ProcurementBaseline.Tests.Procurement;

/// <summary>What procurement teams take away (issue 15, item 4): the portfolio report and vendors compared.</summary>
[TestClass]
public sealed class ProcurementDeliverableTests
{
    private const string AsOf = "2026-11-26";

    private static readonly string Samples = Path.Combine(RepositoryPaths.Root, "samples");

    private static string Sample(string name) => Path.Combine(Samples, name, "attestation.yaml");

    [TestMethod]
    public void Portfolio_IsWrittenAsHtmlMarkdownTextAndPdf_OneRowPerSubmission_LinkingEachReport()
    {
        using var output = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", Samples, "-b", "us-federal-software,au-software-supplier", "--as-of", AsOf, "--out", output.Root, "--quiet");

        var html = File.ReadAllText(Path.Combine(output.Root, "portfolio.html"));
        var markdown = File.ReadAllText(Path.Combine(output.Root, "portfolio.md"));
        var text = File.ReadAllText(Path.Combine(output.Root, "portfolio.txt"));
        StringAssert.Contains(html, "<a href=\"charlie-poam.html\">");
        StringAssert.Contains(html, "<td class=\"conditional\">CONDITIONAL 95 %, 3 must gaps</td>");
        StringAssert.Contains(markdown, "/attestation.yaml](<delta-all-four.html>)");
        StringAssert.Contains(text, "not assessed: invalid attestation");
        Assert.AreEqual(5, html.Split("<tr>").Length - 2, "a heading row and one row per submission");
        using var pdf = PdfDocument.Open(Path.Combine(output.Root, "portfolio.pdf"));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        StringAssert.Contains(words, "Charlie");
        StringAssert.Contains(words, "CONDITIONAL");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Root, "portfolio.json")));
        var charlie = json.RootElement.GetProperty("submissions").EnumerateArray().Single(s => s.TryGetProperty("outputs", out var outputs) && outputs.GetString() == "charlie-poam");
        Assert.AreEqual(3, charlie.GetProperty("must-gaps").GetProperty("us-federal-software").GetInt32());
        Assert.AreEqual("portfolio", json.RootElement.GetProperty("kind").GetString());
    }

    [TestMethod]
    public void PdfPerBaseline_WritesOnePdfPerBaseline_InTheOrderGiven_EachHoldingOnlyItsOwn()
    {
        using var output = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", Sample("delta-all-four"), "-b", "jp-government-software,us-federal-software", "--as-of", AsOf, "--out", output.Root,
            "--format", "json,pdf", "--pdf-per-baseline");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        string Words(string file)
        {
            using var pdf = PdfDocument.Open(Path.Combine(output.Root, file));
            return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        }

        var all = Words("delta-all-four.pdf");
        var japan = Words("delta-all-four~jp-government-software.pdf");
        var us = Words("delta-all-four~us-federal-software.pdf");
        Assert.IsLessThan(all.IndexOf("US federal software baseline", StringComparison.Ordinal), all.IndexOf("Japanese government software", StringComparison.Ordinal), "-b decides the order");
        StringAssert.Contains(japan, "Japanese government software");
        Assert.DoesNotContain("US federal software baseline", japan);
        StringAssert.Contains(us, "US federal software baseline");
        Assert.DoesNotContain("Japanese government software", us);
    }

    [TestMethod]
    public void Compare_SeveralBaselines_KeepsABadSubmissionAsARowSayingWhy()
    {
        var run = CliRunner.InRepository("compare", Sample("charlie-poam"), Sample("echo-bad-data"), Sample("delta-all-four"),
            "-b", "us-federal-software", "-b", "jp-government-software", "--as-of", AsOf, "--format", "json");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode, "a submission that could not be assessed is an input error");
        using var json = JsonDocument.Parse(run.Out);
        var submissions = json.RootElement.GetProperty("submissions").EnumerateArray().ToList();
        Assert.HasCount(3, submissions);
        StringAssert.Contains(submissions[1].GetProperty("not-assessed").GetString(), "PB1012");
        var baselines = json.RootElement.GetProperty("baselines").EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "us-federal-software", "jp-government-software" }, baselines.Select(b => b.GetProperty("id").GetString()).ToArray());
        Assert.AreEqual("CONDITIONAL", baselines[0].GetProperty("verdicts")[0].GetProperty("verdict").GetString());
        Assert.AreEqual("PASS", baselines[0].GetProperty("verdicts")[1].GetProperty("verdict").GetString());
        var ps32 = baselines[0].GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("control").GetString() == "nist-ssdf@1.1#PS.3.2");
        Assert.AreEqual("Archive and Protect Each Software Release", ps32.GetProperty("title").GetString());
        CollectionAssert.AreEqual(new[] { "planned", "met" }, ps32.GetProperty("findings").EnumerateArray().Select(f => f.GetString()).ToArray());
    }

    [TestMethod]
    [DataRow("md", "| Control | Title | Priority | Charlie Cloud K.K. | Delta Secure Software Pvt Ltd |")]
    [DataRow("csv", "nist-ssdf@1.1#PS.3.2,Archive and Protect Each Software Release,must,planned,met")]
    [DataRow("html", "<table class=\"interactive\">")]
    [DataRow("text", "nist-ssdf@1.1#PS.3.2")]
    public void Compare_WritesEachFormatToTheOutFile(string format, string expected)
    {
        using var output = new TempStandards(withCatalogs: false);
        var file = Path.Combine(output.Root, $"compare.{format}");

        var run = CliRunner.InRepository("compare", Sample("charlie-poam"), Sample("delta-all-four"), "-b", "us-federal-software", "--as-of", AsOf, "--format", format, "--out", file);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        Assert.AreEqual("", run.Out);
        StringAssert.Contains(File.ReadAllText(file), expected);
    }

    [TestMethod]
    public void Compare_TwentyVendors_WrapsTheTextTable_RepeatingTheControlColumns()
    {
        var files = Enumerable.Range(0, 20).Select(i => Sample(i % 2 == 0 ? "charlie-poam" : "bravo-expired-evidence")).ToArray();

        var run = CliRunner.InRepository(["compare", .. files, "-b", "us-federal-software", "--as-of", AsOf]);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        var lines = run.Out.Split('\n');
        Assert.IsLessThanOrEqualTo(150, lines.Max(l => l.Length), "no line wider than the text width");
        Assert.IsGreaterThan(3, lines.Count(l => l.StartsWith("nist-ssdf@1.1#PS.3.2 ", StringComparison.Ordinal)), "the control's row is repeated in each part");
        StringAssert.Contains(run.Out, "Charlie Cloud K.K. #10");
    }

    [TestMethod]
    public void Compare_CsvCells_CannotBeSpreadsheetFormulas()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var hostile = Path.Combine(temp.Root, "attestation.yaml");
        ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(hostile,
            File.ReadAllText(Sample("charlie-poam")).Replace("name: \"Charlie Cloud K.K.\"", "name: \"=HYPERLINK(1)\"", StringComparison.Ordinal));

        var run = CliRunner.InRepository("compare", hostile, Sample("delta-all-four"), "-b", "us-federal-software", "--as-of", AsOf, "--format", "csv");

        Assert.DoesNotContain(",=HYPERLINK", run.Out);
        Assert.DoesNotContain("\n=HYPERLINK", run.Out);
        StringAssert.Contains(run.Out, "'=HYPERLINK(1)");
    }
}
