using ProcurementBaseline.Cli;
using ProcurementBaseline.Pdf.Fonts;
using ProcurementBaseline.Pdf.Layout;
using ProcurementBaseline.Tests.Commands;
using UglyToad.PdfPig;

namespace ProcurementBaseline.Tests.Reports;

/// <summary>The PDF gap report, read back with PdfPig.</summary>
[TestClass]
public sealed class PdfReportTests
{
    private static byte[] CharliePdf(string folder)
    {
        var run = CliRunner.InRepository("assess", Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml"), "-b", "all", "--as-of", "2026-11-26", "--out", folder, "--format", "pdf");
        Assert.AreEqual(ExitCodes.Fail, run.ExitCode, run.Error);
        return File.ReadAllBytes(Path.Combine(folder, "charlie-poam.pdf"));
    }

    [TestMethod]
    public void Report_HasExtractableText_PageNumbers_RepeatedTableHeaders_AndMetadata()
    {
        using var temp = new TempStandards(withCatalogs: false);
        using var pdf = PdfDocument.Open(CharliePdf(temp.Root));

        var pages = pdf.GetPages().ToList();
        Assert.IsGreaterThan(10, pages.Count);
        StringAssert.Contains(pages[0].Text, "Gap report: Charlie Cloud K.K., Charlie Document Service 2026.4");
        for (var i = 0; i < pages.Count; i++)
        {
            StringAssert.Contains(pages[i].Text, $"Page {i + 1} of {pages.Count}");
        }

        Assert.IsGreaterThan(3, pages.Count(p => p.Text.Contains("ControlFindingReasonTo close itDue", StringComparison.Ordinal)), "the gap table's header row repeats on each page it crosses");
        var all = string.Concat(pages.Select(p => p.Text));
        StringAssert.Contains(all, "us-federal-softwareCONDITIONAL", "the verdict");
        StringAssert.Contains(all, "ism-2030 (must)", "a gap's control id");
        var squeezed = all.Replace(" ", "", StringComparison.Ordinal);
        StringAssert.Contains(squeezed, "met-via-mappingthroughnist-ssdf@1.1PO.5.1,superset-ofism-0400,reviewed,strength7", "an inferred finding's path (words compared without the spaces a line break drops)");
        Assert.AreEqual("Gap report: Charlie Cloud K.K., Charlie Document Service 2026.4", pdf.Information.Title);
        StringAssert.StartsWith(pdf.Information.Producer, "procbase");
        Assert.IsTrue(pages[0].Letters.All(l => l.FontName?.Contains("+DejaVuSans", StringComparison.Ordinal) == true), "an embedded subset font");
    }

    [TestMethod]
    public void Report_IsByteIdenticalForTheSameInputs_AndFontsAreSubset()
    {
        using var first = new TempStandards(withCatalogs: false);
        using var second = new TempStandards(withCatalogs: false);

        var a = CharliePdf(first.Root);
        var b = CharliePdf(second.Root);

        CollectionAssert.AreEqual(a, b);
        Assert.IsLessThan(600_000, a.Length, "two whole DejaVu fonts alone would take about 750 kB");
    }

    [TestMethod]
    public void Heading_IsNeverLeftAloneAtTheBottomOfAPage()
    {
        var filler = Enumerable.Range(0, 40).Select(i => (Block)new Paragraph($"Filler line {i}.")).ToList();
        var spec = new DocumentSpec("t", "s", "header", new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc),
            [.. filler, new Heading("The heading that must move", 2), new Paragraph("Its first paragraph.")]);

        using var pdf = PdfDocument.Open(PdfWriter.Write(spec, ReportFonts.Load()));

        var page = pdf.GetPages().First(p => p.Text.Contains("The heading that must move", StringComparison.Ordinal));
        StringAssert.Contains(page.Text, "rst paragraph.", "the paragraph follows its heading");
        Assert.AreEqual(2, page.Number, "a heading with no room for its first lines moves to the next page");
        Assert.IsFalse(page.Text.Contains('\0', StringComparison.Ordinal), "ligatures extract as text");
    }
}
