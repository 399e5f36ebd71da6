using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ProcurementBaseline.Reports.Escaping;

namespace ProcurementBaseline.Server.Portal;

/// <summary>
/// Markup that is already safe to send. Pages are written as interpolated strings through <see cref="HtmlBuilder"/>,
/// which escapes every string hole (element text and quoted attributes alike) and lets only other <see cref="Html"/>
/// through as it is: text from an input cannot become markup by forgetting to escape it.
/// </summary>
public readonly record struct Html(string Markup)
{
    public static readonly Html Empty = new("");

    public static Html Of(ref HtmlBuilder builder) => builder.ToHtml();

    /// <summary>Text escaped for element content or a quoted attribute.</summary>
    public static Html Text(string? text) => new(HtmlText.Escape(text));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Markup)));

    public static Html Join<T>(IEnumerable<T> items, Func<T, Html> render) => Join(items.Select(render));

    public static Html When(bool condition, Html html) => condition ? html : Empty;

    public override string ToString() => Markup;
}

[InterpolatedStringHandler]
public ref struct HtmlBuilder
{
    private readonly StringBuilder _builder;

    public HtmlBuilder(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted(string? text) => _builder.Append(HtmlText.Escape(text));

    public readonly void AppendFormatted(Html html) => _builder.Append(html.Markup);

    public readonly void AppendFormatted(int number) => _builder.Append(number.ToString(CultureInfo.InvariantCulture));

    public readonly void AppendFormatted(long number) => _builder.Append(number.ToString(CultureInfo.InvariantCulture));

    public readonly void AppendFormatted(double number, string format) => _builder.Append(number.ToString(format, CultureInfo.InvariantCulture));

    public readonly Html ToHtml() => new(_builder.ToString());
}
