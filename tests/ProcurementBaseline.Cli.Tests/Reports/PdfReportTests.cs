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
    private static byte[] CharliePdf(string folder, string baselines = "all")
    {
        var run = CliRunner.InRepository("assess", Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "attestation.yaml"), "-b", baselines, "--as-of", "2026-11-26", "--out", folder, "--format", "pdf");
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
        StringAssert.Contains(all, "VerdictFAILFAILFAILFAILFAILCONDITIONAL", "the verdicts, one column per baseline in id order");
        var squeezed = all.Replace(" ", "", StringComparison.Ordinal);
        StringAssert.Contains(squeezed, "andSP800-53MODERATESAandSR):CONDITIONAL", "the US verdict heading (compared without the spaces a line break drops)");
        StringAssert.Contains(all, "ism-2030 (must)", "a gap's control id");
        StringAssert.Contains(squeezed, "met-via-mappingthroughnist-ssdf@1.1PO.5.1,superset-ofism-0400,reviewed,strength7", "an inferred finding's path (words compared without the spaces a line break drops)");
        Assert.AreEqual("Gap report: Charlie Cloud K.K., Charlie Document Service 2026.4", pdf.Information.Title);
        StringAssert.StartsWith(pdf.Information.Producer, "procbase");
        Assert.IsTrue(pages[0].Letters.All(l => l.FontName?.Contains("+DejaVuSans", StringComparison.Ordinal) == true), "an embedded subset font");
    }

    [TestMethod]
    public void JapaneseGapTitles_AreDrawnInIPAGothic_AndExtract()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var bytes = CharliePdf(temp.Root, "jp-government-software");
        using var pdf = PdfDocument.Open(bytes);

        const string title = "セキュリティに配慮した開発のための方針"; // ISMAP 14.2.1's Japanese title
        var page = pdf.GetPages().First(p => p.Text.Contains("14.2.1 (must)", StringComparison.Ordinal));
        StringAssert.Contains(page.Text.Replace(" ", "", StringComparison.Ordinal), $"Securedevelopmentpolicy{title}");
        Assert.IsTrue(page.Letters.Where(l => l.Value == "配").All(l => l.FontName?.EndsWith("+IPAGothic", StringComparison.Ordinal) == true));
        if (Pdftotext(bytes) is { } poppler)
        {
            StringAssert.Contains(poppler.Replace("\n", "", StringComparison.Ordinal), title, "pdftotext reads it too");
        }
    }

    [TestMethod]
    public void Outline_ListsTheSections_NestedUnderTheTitle_AndOpensThePagesTheyStartOn()
    {
        using var temp = new TempStandards(withCatalogs: false);
        using var pdf = PdfDocument.Open(CharliePdf(temp.Root));

        Assert.IsTrue(pdf.TryGetBookmarks(out var bookmarks));
        var root = bookmarks.Roots.Single();
        Assert.AreEqual("Gap report: Charlie Cloud K.K., Charlie Document Service 2026.4", root.Title);
        var sections = root.Children.Select(c => c.Title).ToList();
        Assert.AreEqual("Executive summary", sections[0]);
        CollectionAssert.IsSubsetOf(new[] { "Plan of action and milestones", "Evidence register", "Appendix: catalogs, sources and licences", "Reproducibility" }, sections);
        var us = root.Children.Single(c => c.Title.StartsWith("US federal software baseline", StringComparison.Ordinal));
        CollectionAssert.AreEqual(new[] { "Gaps (3)" }, us.Children.Select(c => c.Title).ToList());
        foreach (var node in root.Children.Concat(us.Children).OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>())
        {
            var title = node.Title.Replace(" ", "", StringComparison.Ordinal);
            StringAssert.Contains(pdf.GetPage(node.PageNumber).Text.Replace(" ", "", StringComparison.Ordinal), title[..Math.Min(20, title.Length)], $"{node.Title} opens its own page");
        }
    }

    [TestMethod]
    public void Catalog_NamesTheDocumentLanguage_AndAsksViewersToShowTheTitle()
    {
        using var temp = new TempStandards(withCatalogs: false);
        using var pdf = PdfDocument.Open(CharliePdf(temp.Root));

        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.AreEqual("en", catalog.Get<UglyToad.PdfPig.Tokens.StringToken>(UglyToad.PdfPig.Tokens.NameToken.Lang, pdf.Structure.TokenScanner).Data);
        StringAssert.Contains(catalog.Data["ViewerPreferences"].ToString(), "DisplayDocTitle");
    }

    [TestMethod]
    public void ReportWithJapaneseText_StaysUnderOneMegabyte()
    {
        using var temp = new TempStandards(withCatalogs: false);
        var bytes = CharliePdf(temp.Root);
        using var pdf = PdfDocument.Open(bytes);

        Assert.IsGreaterThanOrEqualTo(30, pdf.NumberOfPages);
        Assert.IsTrue(pdf.GetPages().Any(p => p.Letters.Any(l => l.FontName?.EndsWith("+IPAGothic", StringComparison.Ordinal) == true)));
        Assert.IsLessThan(1_000_000, bytes.Length, "the Japanese font is subset: IPAGothic alone is 6.2 MB");
    }

    [TestMethod]
    public void ARowTallerThanAPage_ContinuesOnTheNextPages_WithNoLineLost()
    {
        var tall = string.Join("\n", Enumerable.Range(0, 150).Select(i => $"guidance line {i:000}"));
        var spec = new DocumentSpec("t", "s", "header", new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc),
            [new Table(["Control", "To close it"], [["SA-15", tall], ["SA-16", "short"]], [0.3f, 0.7f])]);

        using var pdf = PdfDocument.Open(PdfWriter.Write(spec, ReportFonts.Load()));

        var pages = pdf.GetPages().ToList();
        Assert.IsGreaterThanOrEqualTo(3, pages.Count);
        var text = string.Concat(pages.Select(p => p.Text));
        foreach (var i in Enumerable.Range(0, 150))
        {
            StringAssert.Contains(text, $"guidance line {i:000}");
        }

        Assert.IsTrue(pages.All(p => p.Text.Contains("ControlTo close it", StringComparison.Ordinal)), "the header row repeats on every page");
        StringAssert.Contains(pages[^1].Text, "SA-16short");
    }

    /// <summary>The text poppler's pdftotext reads, where it is installed; null where it is not.</summary>
    internal static string? Pdftotext(byte[] bytes)
    {
        const string tool = "/usr/bin/pdftotext";
        if (!File.Exists(tool))
        {
            return null;
        }

        var file = Path.GetTempFileName();
        try
        {
            ProcurementBaseline.Application.IO.AtomicFileWriter.WriteBytes(file, bytes);
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(tool, [file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
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
