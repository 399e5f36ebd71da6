using ProcurementBaseline.Pdf.Fonts;
using ProcurementBaseline.Pdf.Layout;
using ProcurementBaseline.Pdf.Text;
using UglyToad.PdfPig;

namespace ProcurementBaseline.Tests.Reports;

/// <summary>The PDF layer's text: font fallback per character, line breaking in English and Japanese, and Devanagari.</summary>
[TestClass]
public sealed class PdfTextTests
{
    private static readonly ReportFonts Fonts = ReportFonts.Load();

    // Widths of one unit a character make the breaking rules visible.
    private static float Unit(string text) => text.EnumerateRunes().Count();

    [TestMethod]
    public void Fallback_GivesEachCharacterTheFirstFontThatHasIt_AndKeepsClustersWhole()
    {
        const string text = "ISMAP 管理基準 (2024) हिन्दी क्षमता";

        var runs = FontFallback.Split(text, Fonts.Regular);

        var faces = runs.Select(r => (Text: text.Substring(r.Start, r.Length), Font: Fonts.Regular.Links[r.Link].Face.Name)).ToList();
        CollectionAssert.AreEqual(
            new[] { ("ISMAP ", "DejaVuSans"), ("管理基準", "IPAGothic"), (" (2024) ", "DejaVuSans"), ("हिन्दी", "Lohit-Devanagari"), (" ", "DejaVuSans"), ("क्षमता", "Lohit-Devanagari") },
            faces);
    }

    [TestMethod]
    public void Fallback_WhenNoFontHasTheCharacter_UsesThePrimaryFont()
    {
        var runs = FontFallback.Split("\U0001F600", Fonts.Regular);

        Assert.HasCount(1, runs);
        Assert.AreEqual(0, runs[0].Link);
    }

    [TestMethod]
    public void Japanese_BreaksBetweenCharacters_ButNeverBeforeClosingPunctuationOrAfterOpening()
    {
        var lines = LineBreaker.Wrap("開発のための方針。「試験データ」の保護", 8, Unit);

        CollectionAssert.AreEqual(new[] { "開発のための方", "針。「試験デー", "タ」の保護" }, lines);
    }

    [TestMethod]
    public void English_BreaksAtSpacesAndAfterHyphens_NotInsideDates()
    {
        CollectionAssert.AreEqual(new[] { "met-via-", "mapping", "due", "2027-02-28" }, LineBreaker.Wrap("met-via-mapping due 2027-02-28", 10, Unit));
        CollectionAssert.AreEqual(new[] { "two words" }, LineBreaker.Wrap("two words", 9, Unit));
    }

    [TestMethod]
    public void AWordWiderThanTheLine_IsCutBetweenGraphemeClusters()
    {
        const string word = "क्षत्रियक्षत्रिय";

        var lines = LineBreaker.Wrap(word, 3, Unit);

        Assert.AreEqual(word, string.Concat(lines));
        Assert.IsGreaterThan(1, lines.Count);
        foreach (var line in lines)
        {
            Assert.IsFalse(char.GetUnicodeCategory(line[0]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark,
                $"'{line}' starts with a mark cut from its cluster");
        }
    }

    [TestMethod]
    public void HindiAndJapaneseText_IsDrawnInTheirFonts_AndExtracts()
    {
        var spec = new DocumentSpec("Scripts", "s", "header", new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc),
            [new Heading("सॉफ़्टवेयर सुरक्षा 脆弱性開示ポリシー", 2), new Paragraph("विक्रेता: क्षमता परीक्षण; ベンダー: 株式会社")]);

        var bytes = PdfWriter.Write(spec, Fonts);

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var fonts = page.Letters.Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.IsTrue(fonts.Any(f => f.EndsWith("+Lohit-Devanagari", StringComparison.Ordinal)), string.Join(", ", fonts));
        Assert.IsTrue(fonts.Any(f => f.EndsWith("+IPAGothic", StringComparison.Ordinal)), string.Join(", ", fonts));
        StringAssert.Contains(page.Text, "脆弱性開示ポリシー");
        StringAssert.Contains(page.Text, "株式会社");
        var actualTexts = string.Concat(page.GetMarkedContents().Select(m => m.ActualText));
        StringAssert.Contains(actualTexts, "क्ष", "a conjunct, one glyph with no character of its own, carries its text");
        if (PdfReportTests.Pdftotext(bytes) is { } poppler)
        {
            StringAssert.Contains(poppler, "सॉफ़्टवेयर सुरक्षा 脆弱性開示ポリシー");
            StringAssert.Contains(poppler, "क्षमता परीक्षण; ベンダー: 株式会社");
        }
    }

    [TestMethod]
    public void OddAttestationText_IsDrawnWithoutFailing()
    {
        const string odd = "nul\0 tab\t lone\uD800surrogate emoji\U0001F600 العربية \u200B zero-width <script>";
        var spec = new DocumentSpec(odd, odd, odd, null, [new Heading(odd, 1), new Paragraph(odd), new Table([odd], [[odd]], [1f])]);

        using var pdf = PdfDocument.Open(PdfWriter.Write(spec, Fonts));

        StringAssert.Contains(pdf.GetPage(1).Text, "zero-width");
        Assert.IsTrue(pdf.TryGetBookmarks(out var bookmarks));
        Assert.HasCount(1, bookmarks.Roots);
    }
}
