using System.Text;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Reports.Escaping;

/// <summary>Text from an input written into HTML, in element content or a quoted attribute: &amp;, &lt;, &gt;, quotes, and control characters made visible.</summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        var visible = VisibleText.Escape(text);
        var builder = new StringBuilder(visible.Length + 16);
        foreach (var c in visible)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
