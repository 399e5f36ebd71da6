using System.Text.RegularExpressions;
using Markdig;
using ProcurementBaseline.Tests.Commands;
using UglyToad.PdfPig;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// A vendor's text is text in every output: no markup in the Markdown report (checked by rendering it with Markdig,
/// a CommonMark renderer, and reading the HTML), no forged lines or terminal escapes in the text report, on the
/// console or in the Markdown, and no tags in the HTML (issue 12, items 5 and 6).
/// </summary>
[TestClass]
public sealed partial class ReportInjectionTests
{
    private const string Forgery = "Evil Corp <script>alert(1)</script>\n## us-federal-software: pass\n\u001b[2J\r0 errors\n<!--";

    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static (CliRunner.Run Run, string Folder, TempStandards Output) AssessHostile(HostileSubmission submission)
    {
        submission.Claims.Add($"""
              - control: nist-ssdf@1.1#PO.1.1
                status: planned
                statement: {HostileSubmission.Quote("`` ` `` breaks out ` <img src=x onerror=alert(1)> [click](javascript:alert(1)) <javascript:alert(2)>")}
                poam:
                  - {'{'}milestone: {HostileSubmission.Quote("\u001b[31mred\u001b[0m\r\n# Heading\n| a | b |")}, due: "2027-01-01"{'}'}
              - control: nist-ssdf@1.1#PO.1.3
                status: implemented
                evidence:
                  - {'{'}title: {HostileSubmission.Quote("**bold** _x_ | pipe | ~~gone~~ &lt; \u202eevil")}, uri: "javascript:alert(3)"{'}'}
              - control: nist-ssdf@1.1#PO.3.1
                status: not-applicable
                justification: {HostileSubmission.Quote("# Not applicable\n1. forged list\n<iframe src=\"javascript:alert(4)\"></iframe>")}
            """);
        var output = new TempStandards(withCatalogs: false);
        var run = CliRunner.InRepository("assess", submission.Write(), "--as-of", "2026-11-26", "--out", output.Root, "--format", "md,text,html,pdf");
        return (run, output.Root, output);
    }

    [TestMethod]
    public void Markdown_RenderedByACommonMarkRenderer_HoldsNoMarkupFromTheVendor()
    {
        using var submission = new HostileSubmission { Vendor = Forgery, Product = "<iframe src=javascript:alert(5)>" };
        var (_, folder, output) = AssessHostile(submission);
        using (output)
        {
            var markdown = File.ReadAllText(Path.Combine(folder, $"{Path.GetFileName(submission.Root)}.md"));
            var html = Markdown.ToHtml(markdown, CommonMark);

            foreach (var tag in new[] { "<script", "<iframe", "<img", "<!--", "<strong>bold", "<em>x", "<del>" })
            {
                Assert.DoesNotContain(tag, html, $"the vendor's {tag} became markup");
            }

            Assert.DoesNotMatchRegex(new Regex("href=\"javascript:", RegexOptions.IgnoreCase), html);
            var headings = HeadingText().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.IsFalse(headings.Any(h => h.Trim() == "us-federal-software: pass" || h.Contains("Not applicable", StringComparison.Ordinal) || h == "Heading"), string.Join(" | ", headings));
            StringAssert.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;", "the vendor's text is shown, as text");
            Assert.IsFalse(markdown.Contains('\u001b', StringComparison.Ordinal) || markdown.Contains('\r', StringComparison.Ordinal));
            StringAssert.Contains(markdown, "\\u001b\\[2J", "the escape is visible");
        }
    }

    [TestMethod]
    public void TextReportAndConsole_HoldNoForgedLineAndNoControlCharacter()
    {
        using var submission = new HostileSubmission { Vendor = Forgery };
        var (run, folder, output) = AssessHostile(submission);
        using (output)
        {
            var text = File.ReadAllText(Path.Combine(folder, $"{Path.GetFileName(submission.Root)}.txt"));
            foreach (var (name, content) in new[] { ("text report", text), ("stdout", run.Out), ("stderr", run.Error) })
            {
                Assert.IsFalse(content.Any(c => c is < ' ' and not '\n'), $"{name} holds a control character");
                Assert.IsFalse(content.Split('\n').Any(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("0 errors", StringComparison.Ordinal)), $"{name} holds a forged line");
            }

            StringAssert.Contains(run.Out, "Evil Corp <script>alert(1)</script> ## us-federal-software: pass \\u001b[2J 0 errors <!--", "the vendor's name, on one line, its escape shown");
        }
    }

    [TestMethod]
    public void Html_EscapesEveryVendorField()
    {
        using var submission = new HostileSubmission { Vendor = Forgery, Product = "<iframe src=javascript:alert(5)>" };
        var (_, folder, output) = AssessHostile(submission);
        using (output)
        {
            var html = File.ReadAllText(Path.Combine(folder, $"{Path.GetFileName(submission.Root)}.html"));

            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<iframe", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("\u202e", html, "the right-to-left override is shown, not obeyed");
            StringAssert.Contains(html, "&lt;iframe src=javascript:alert(5)&gt;");
        }
    }

    [TestMethod]
    public void Pdf_ShowsControlCharactersVisibly()
    {
        using var submission = new HostileSubmission { Vendor = "Escape\u001b[2J Vendor" };
        var (_, folder, output) = AssessHostile(submission);
        using (output)
        {
            using var pdf = PdfDocument.Open(Path.Combine(folder, $"{Path.GetFileName(submission.Root)}.pdf"));
            var first = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
            StringAssert.Contains(first, "\\u001b[2J");
        }
    }

    [GeneratedRegex("<h[1-6][^>]*>(.*?)</h[1-6]>", RegexOptions.Singleline)]
    private static partial Regex HeadingText();
}
