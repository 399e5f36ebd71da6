namespace ProcurementBaseline.Reports.Templates;

/// <summary>
/// Markup a template means to write as it is: what <c>raw</c> and <c>html.escape</c> return. Every other value a
/// template writes is escaped for the report's format.
/// </summary>
public sealed record RawText(string Text)
{
    public override string ToString() => Text;
}
