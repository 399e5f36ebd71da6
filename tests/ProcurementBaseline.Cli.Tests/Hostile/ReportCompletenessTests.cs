using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;
using UglyToad.PdfPig;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// A report is complete or it is not written: past Scriban's old 1 MiB string limit, with a 1.1 MB vendor name and a
/// 100,000-claim submission (issue 12, item 4); and a very long unbroken text lays out in the PDF, its running header
/// cut to one line (item 9).
/// </summary>
[TestClass]
public sealed class ReportCompletenessTests
{

    private static void AssertComplete(string folder, string stem)
    {
        var html = File.ReadAllText(Path.Combine(folder, $"{stem}.html"));
        StringAssert.EndsWith(html.TrimEnd(), "</html>", "the HTML report runs to its end");
        StringAssert.Contains(html, "Reproducibility");
        var markdown = File.ReadAllText(Path.Combine(folder, $"{stem}.md"));
        StringAssert.Contains(markdown, "Reproduce: procbase", "the Markdown report runs to its last line");
        var text = File.ReadAllText(Path.Combine(folder, $"{stem}.txt"));
        StringAssert.Contains(text, "EVIDENCE", "the text report runs to its evidence register");
        Assert.IsEmpty(Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories));
    }

    [TestMethod]
    [Timeout(300_000)]
    public void AMegabyteVendorName_GivesCompleteReports()
    {
        using var submission = new HostileSubmission { Vendor = string.Concat(Enumerable.Repeat("Very Long Vendor Name ", 50_000)) }.Implemented("nist-ssdf@1.1#PO.1.1");
        using var output = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", submission.Write(), "--as-of", "2026-11-26", "--out", output.Root, "--format", "html,md,text,pdf");

        Assert.AreEqual(ExitCodes.Fail, run.ExitCode, run.Error);
        var stem = Path.GetFileName(submission.Root);
        AssertComplete(output.Root, stem);
        Assert.IsGreaterThan(1_100_000L, new FileInfo(Path.Combine(output.Root, $"{stem}.html")).Length);
        using var pdf = PdfDocument.Open(Path.Combine(output.Root, $"{stem}.pdf"));
        var page = pdf.GetPage(pdf.NumberOfPages);
        var words = page.GetWords().ToList();
        var top = words.Max(w => w.BoundingBox.Bottom);
        var header = words.Where(w => Math.Abs(w.BoundingBox.Bottom - top) < 1).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList();
        Assert.IsLessThan(40, header.Count, "the running header is one line, not the whole name");
        StringAssert.EndsWith(header[^1], "…");
    }

    [TestMethod]
    [Timeout(300_000)]
    public void AHundredThousandWordWithoutABreak_IsCutBetweenGraphemes()
    {
        using var submission = new HostileSubmission { Vendor = string.Concat(Enumerable.Repeat("नमस्ते", 20_000)) }.Implemented("nist-ssdf@1.1#PO.1.1");
        using var output = new TempStandards(withCatalogs: false);

        CliRunner.InRepository("assess", submission.Write(), "--as-of", "2026-11-26", "--out", output.Root, "--format", "pdf");

        using var pdf = PdfDocument.Open(Path.Combine(output.Root, $"{Path.GetFileName(submission.Root)}.pdf"));
        Assert.IsGreaterThan(3, pdf.NumberOfPages);
    }

    [TestMethod]
    [Timeout(600_000)]
    public void AHundredThousandClaimSubmission_GivesCompleteReports()
    {
        using var root = new TempStandards(withCatalogs: false);
        var attestation = LargeSubmission.Write(root.Root, 100_000);
        var output = Path.Combine(root.Root, "out");

        var run = CliRunner.Invoke(root.Root, "assess", attestation, "--as-of", "2026-11-26", "--out", output, "--format", "json,html,md,text");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error.Length > 2000 ? run.Error[..2000] : run.Error);
        AssertComplete(output, "submission");
        Assert.IsGreaterThan(10_000_000L, new FileInfo(Path.Combine(output, "submission.html")).Length, "the evidence register lists 100,000 items");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "submission.json")));
        Assert.AreEqual(100_000, json.RootElement.GetProperty("attestation").GetProperty("claims").GetInt32());
    }
}
