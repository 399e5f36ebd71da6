using System.Globalization;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Reports.Escaping;
using ProcurementBaseline.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProcurementBaseline.Reports.Templates;

/// <summary>
/// A gap report template, parsed once and rendered any number of times. The model's members are exposed in snake_case
/// (<c>report.baselines</c>, <c>gap.due</c>); every value written is escaped for the format (<see cref="EscapingTemplateContext"/>);
/// the clock and file reads are not available, and <see cref="TemplateLimits"/> bound what a template may do. Errors
/// come back as diagnostics at file(line,col), whether the template fails to parse, to render, or goes past a limit.
/// </summary>
public sealed class ReportTemplate
{
    private readonly Template _template;

    private ReportTemplate(Template template, string file, string format)
    {
        _template = template;
        File = file;
        Format = format;
    }

    /// <summary>The file names a templates folder holds, by output format.</summary>
    public static IReadOnlyDictionary<string, string> FileNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["html"] = "report.html.sbn",
        ["md"] = "report.md.sbn",
        ["text"] = "report.txt.sbn",
    };

    public string File { get; }

    public string Format { get; }

    public static (ReportTemplate? Template, IReadOnlyList<Diagnostic> Errors) Parse(string text, string file, string format)
    {
        var template = Template.Parse(text, file);
        return template.HasErrors
            ? (null, [.. template.Messages.Select(m => Diagnostic(DiagnosticCodes.TemplateSyntax, file, m.Span, m.Message))])
            : (new ReportTemplate(template, file, format), []);
    }

    /// <summary>
    /// Renders the report into <paramref name="output"/>. On an error what was written is incomplete: the caller must
    /// discard it (outputs are written to a temporary file and only renamed into place when this returns no errors).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban reads the report model and these delegates by reflection; the CLI roots ProcurementBaseline.Core, this assembly and Scriban when it is trimmed or compiled ahead of time.")]
    public IReadOnlyList<Diagnostic> Render(GapReport report, TextWriter output, TemplateLimits limits)
    {
        using var timeout = new CancellationTokenSource(limits.Timeout);
        var context = new EscapingTemplateContext(Builtins(), Escaper(Format))
        {
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
            StrictVariables = true,
            LoopLimit = limits.MaxLoopIterations,
            RecursiveLimit = limits.MaxRecursion,
            LimitToString = limits.MaxStringChars,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = limits.MaxOutputChars > int.MaxValue ? int.MaxValue : (int)limits.MaxOutputChars,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            CancellationToken = timeout.Token,
            TemplateLoader = null,
        };
        var globals = new ScriptObject();
        globals.SetValue("report", report, readOnly: true);
        globals.SetValue("tables_script", new RawText(Format == "html" ? Tables.InteractiveTables.Script : ""), readOnly: true);
        globals.SetValue("tables_style", new RawText(Format == "html" ? Tables.InteractiveTables.Style : ""), readOnly: true);
        globals.Import("raw", new Func<object?, RawText>(value => new RawText(value?.ToString() ?? "")));
        globals.Import("code", new Func<object?, RawText>(value => new RawText(Code(Format, value?.ToString()))));
        context.PushGlobal(globals);
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushOutput(new TextWriterOutput(output));
        try
        {
            _template.Render(context);
            return [];
        }
        catch (ScriptAbortException ex)
        {
            return [Diagnostic(DiagnosticCodes.TemplateRuntime, File, ex.Span, $"the template took longer than {limits.Timeout.TotalSeconds:0} s and was stopped")];
        }
        catch (ScriptRuntimeException ex)
        {
            return [Diagnostic(DiagnosticCodes.TemplateRuntime, File, ex.Span, ex.OriginalMessage)];
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            // Scriban's built-in functions can throw these on odd arguments; they are the template's error, not the tool's.
            return [Diagnostic(DiagnosticCodes.TemplateRuntime, File, context.CurrentNode?.Span ?? default, ex.Message)];
        }
    }

    /// <summary>How a value is escaped in each format.</summary>
    public static Func<string?, string> Escaper(string format) => format switch
    {
        "html" => HtmlText.Escape,
        "md" => MarkdownText.Escape,
        _ => VisibleText.Escape,
    };

    /// <summary>A value as code in the format: a safe Markdown code span, an HTML &lt;code&gt; element, plain visible text.</summary>
    public static string Code(string format, string? text) => format switch
    {
        "md" => MarkdownCode.Span(text),
        "html" => $"<code>{HtmlText.Escape(text)}</code>",
        _ => VisibleText.Escape(text),
    };

    /// <summary>Scriban's built-in functions, less the clock (reports are reproducible) and includes (templates read no files).</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban reads the report model and these delegates by reflection; the CLI roots ProcurementBaseline.Core, this assembly and Scriban when it is trimmed or compiled ahead of time.")]
    private static ScriptObject Builtins()
    {
        var builtins = GetDefaultBuiltinObject();
        var date = (ScriptObject)builtins["date"]!;
        foreach (var clock in new[] { "now", "utc_now" })
        {
            date.Remove(clock);
            date.Import(clock, new Func<object>(() => throw new InvalidOperationException("the clock is not available to report templates, so that the same inputs give the same report; use report.as_of")));
        }

        foreach (var include in new[] { "include", "include_join" })
        {
            builtins.Remove(include);
            builtins.Import(include, new Func<string, object>(_ => throw new InvalidOperationException("report templates cannot read files")));
        }

        var html = (ScriptObject)builtins["html"]!;
        html.Remove("escape");
        html.Import("escape", new Func<string?, RawText>(text => new RawText(HtmlText.Escape(text))));
        return builtins;
    }

    private static ScriptObject GetDefaultBuiltinObject() => (ScriptObject)TemplateContext.GetDefaultBuiltinObject();

    private static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, string file, SourceSpan span, string message) =>
        ProcurementBaseline.Diagnostics.Diagnostic.Create(descriptor, new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1), message);
}
