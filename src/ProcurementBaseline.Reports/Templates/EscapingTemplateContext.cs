using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ProcurementBaseline.Reports.Templates;

/// <summary>
/// A Scriban context that escapes every value a template writes with <c>{{ … }}</c> for the report's format, as
/// Razor does for HTML: a template cannot forget to escape an attestation's text. Literal template text is written
/// as it is; a <see cref="RawText"/> value (from <c>raw</c> or <c>html.escape</c>) is not escaped again.
/// </summary>
internal sealed class EscapingTemplateContext(ScriptObject builtins, Func<string?, string> escape) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is RawText raw ? base.Write(span, raw.Text) : base.Write(span, escape(ObjectToString(textAsObject)));
}
