using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>
/// Renders OSCAL parameter insertions the way NIST prints them: a set value as is, otherwise
/// <c>[Assignment: label]</c> or <c>[Selection (one or more): a; b]</c>.
/// </summary>
internal sealed partial class OscalParameters
{
    private readonly Dictionary<string, JsonElement> _params = new(StringComparer.Ordinal);
    private OscalParameters? _outer;

    /// <summary>Makes the parameters of an enclosing control or the catalog visible here (looked up there, not copied).</summary>
    public void Inherit(OscalParameters outer) => _outer = outer;

    private bool TryGet(string id, out JsonElement param)
    {
        for (var scope = this; scope is not null; scope = scope._outer)
        {
            if (scope._params.TryGetValue(id, out param))
            {
                return true;
            }
        }

        param = default;
        return false;
    }

    public void AddFrom(JsonElement owner)
    {
        foreach (var param in owner.Array("params"))
        {
            if (param.String("id") is { } id)
            {
                _params[id] = param;
            }
        }
    }

    /// <summary>Replaces every insertion in <paramref name="prose"/>; unknown parameters are passed to <paramref name="onMissing"/>.</summary>
    public string Render(string prose, Action<string> onMissing) =>
        prose.Contains("{{", StringComparison.Ordinal) ? Insertion().Replace(prose, match => RenderParam(match.Groups[1].Value, onMissing, depth: 0)) : prose;

    private string RenderParam(string id, Action<string> onMissing, int depth)
    {
        if (depth > 8 || !TryGet(id, out var param))
        {
            onMissing(id);
            return $"[{id}]";
        }

        var values = param.Array("values").Select(v => v.GetString()).OfType<string>().ToList();
        if (values.Count > 0)
        {
            return string.Join(", ", values);
        }

        if (param.Object("select") is { } select)
        {
            var choices = select.Array("choice").Select(c => c.GetString()).OfType<string>()
                .Select(c => Insertion().Replace(c, m => RenderParam(m.Groups[1].Value, onMissing, depth + 1)));
            var howMany = select.String("how-many") switch
            {
                "one-or-more" => " (one or more)",
                "one" => " (one)",
                _ => string.Empty,
            };
            return new StringBuilder("[Selection").Append(howMany).Append(": ").AppendJoin("; ", choices).Append(']').ToString();
        }

        return $"[Assignment: {param.String("label") ?? id}]";
    }

    [GeneratedRegex(@"\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Insertion();
}
