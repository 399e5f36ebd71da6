using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using Markdig;
using ProcurementBaseline.Reports.Escaping;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Tests.Properties;

/// <summary>
/// The escaping functions, over every text: none lets a control character through, and what they write reads back,
/// in a CommonMark renderer or an HTML parser, as the same text and nothing else (issue 12: property tests).
/// </summary>
[TestClass]
public sealed partial class EscapingProperties
{
    /// <summary>Each property runs over this many generated texts (CsCheck's default is 100).</summary>
    private const long Iterations = 2_000;

    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static bool HasHiddenCharacter(string text) => !VisibleText.IsVisible(text) || text.Any(c => c < ' ');

    [TestMethod]
    public void VisibleText_NeverEmitsAControlCharacter_AndKeepsVisibleTextAsItIs() => Texts.Any.Sample(iter: Iterations, assert: text =>
    {
        var shown = VisibleText.Escape(text);
        Assert.IsFalse(HasHiddenCharacter(shown), shown);
        if (!HasHiddenCharacter(text))
        {
            Assert.AreEqual(text, shown);
        }
    });

    [TestMethod]
    public void MarkdownText_RendersAsOneParagraphOfExactlyTheText() => Texts.Any.Sample(iter: Iterations, assert: text =>
    {
        var escaped = MarkdownText.Escape(text);
        Assert.IsFalse(HasHiddenCharacter(escaped));
        var html = Markdown.ToHtml(escaped, CommonMark).Trim();
        var expected = VisibleText.Escape(text).Trim(' ');
        if (expected.Length == 0)
        {
            return;
        }

        var paragraph = Paragraph().Match(html);
        Assert.IsTrue(paragraph.Success, $"'{text}' became {html}");
        Assert.AreEqual(expected, WebUtility.HtmlDecode(paragraph.Groups[1].Value), $"escaped as {escaped}");
    });

    [TestMethod]
    public void MarkdownText_InATableCell_StaysInItsCell() => Texts.Any.Sample(iter: Iterations, assert: text =>
    {
        var table = $"| a | b |\n|---|---|\n| {MarkdownText.Escape(text)} | end |\n";
        var html = Markdown.ToHtml(table, CommonMark);
        Assert.AreEqual(4, Cell().Count(html), $"'{text}' broke the table: {html}");
        StringAssert.Contains(html, "<td>end</td>");
    });

    [TestMethod]
    public void MarkdownCode_IsOneCodeSpanOfTheText_OrPlainText() => Texts.Any.Sample(iter: Iterations, assert: text =>
    {
        var expected = VisibleText.Escape(text);
        if (expected.Trim().Length == 0)
        {
            return;
        }

        var html = Markdown.ToHtml(MarkdownCode.Span(text), CommonMark).Trim();
        if (CodeSpan().Match(html) is { Success: true } code)
        {
            Assert.AreEqual(expected.Replace("|", "\\|", StringComparison.Ordinal), WebUtility.HtmlDecode(code.Groups[1].Value));
        }
        else
        {
            Assert.AreEqual(expected.Trim(' '), WebUtility.HtmlDecode(Paragraph().Match(html).Groups[1].Value), $"'{text}' became {html}");
        }
    });

    [TestMethod]
    public void HtmlText_DecodesToTheVisibleText_AndHoldsNoMarkup() => Texts.Any.Sample(iter: Iterations, assert: text =>
    {
        var escaped = HtmlText.Escape(text);
        Assert.IsFalse(escaped.Contains('<', StringComparison.Ordinal) || escaped.Contains('>', StringComparison.Ordinal) || escaped.Contains('"', StringComparison.Ordinal) || escaped.Contains('\'', StringComparison.Ordinal));
        Assert.IsFalse(HasHiddenCharacter(escaped));
        Assert.AreEqual(VisibleText.Escape(text), WebUtility.HtmlDecode(escaped));
    });

    [GeneratedRegex("^<p>(.*)</p>$", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<t[dh][ >]")]
    private static partial Regex Cell();

    [GeneratedRegex("^<p><code>(.*)</code></p>$", RegexOptions.Singleline)]
    private static partial Regex CodeSpan();
}
