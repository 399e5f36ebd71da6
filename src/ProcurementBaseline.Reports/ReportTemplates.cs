using System.Globalization;
using ProcurementBaseline.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProcurementBaseline.Reports;

/// <summary>
/// Renders a <see cref="GapReport"/> through a Scriban template. The model's members are exposed in snake_case
/// (<c>report.baselines</c>, <c>gap.due</c>); errors in a template come back as diagnostics at file(line,col),
/// whether the template fails to parse or fails while rendering.
/// </summary>
public static class ReportTemplates
{
    /// <summary>The file names a templates folder holds, by output format.</summary>
    public static IReadOnlyDictionary<string, string> FileNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["html"] = "report.html.sbn",
        ["md"] = "report.md.sbn",
        ["text"] = "report.txt.sbn",
    };

    public static (string? Output, IReadOnlyList<Diagnostic> Errors) Render(string templateText, string templateFile, GapReport report)
    {
        var template = Template.Parse(templateText, templateFile);
        if (template.HasErrors)
        {
            return (null, [.. template.Messages.Select(m => Diagnostic(DiagnosticCodes.TemplateSyntax, templateFile, m.Span, m.Message))]);
        }

        var globals = new ScriptObject();
        globals.Import(new { report }, renamer: StandardMemberRenamer.Default);
        var context = new TemplateContext
        {
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
            StrictVariables = true,
            LoopLimit = 0,
        };
        context.PushGlobal(globals);
        context.PushCulture(CultureInfo.InvariantCulture);
        try
        {
            return (template.Render(context), []);
        }
        catch (ScriptRuntimeException ex)
        {
            return (null, [Diagnostic(DiagnosticCodes.TemplateRuntime, templateFile, ex.Span, ex.OriginalMessage)]);
        }
    }

    private static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, string file, SourceSpan span, string message) =>
        ProcurementBaseline.Diagnostics.Diagnostic.Create(descriptor, new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1), message);
}
