using System.Text;
using System.Text.Json;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>
/// Renders OSCAL parameter insertions the way NIST prints them: a set value as is, otherwise
/// <c>[Assignment: label]</c> or <c>[Selection (one or more): a; b]</c>.
/// </summary>
internal sealed class OscalParameters
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
    public string Render(string prose, Action<string> onMissing) => ReplaceInsertions(prose, id => RenderParam(id, onMissing, depth: 0));

    /// <summary>
    /// Replaces each <c>{{ insert: param, id }}</c> (spaces optional around each part) with <paramref name="render"/> of
    /// its id; anything else between braces stays as written. A scan, not a regular expression: this runs on every
    /// statement of a catalog, and a scan costs nothing to start.
    /// </summary>
    internal static string ReplaceInsertions(string prose, Func<string, string> render)
    {
        var start = prose.IndexOf("{{", StringComparison.Ordinal);
        if (start < 0)
        {
            return prose;
        }

        var result = new StringBuilder(prose.Length + 32);
        var copied = 0;
        for (; start >= 0; start = prose.IndexOf("{{", copied, StringComparison.Ordinal))
        {
            if (TryReadInsertion(prose, start, out var id, out var end))
            {
                result.Append(prose, copied, start - copied).Append(render(id));
                copied = end;
            }
            else
            {
                result.Append(prose, copied, start + 1 - copied);
                copied = start + 1;
            }
        }

        return result.Append(prose, copied, prose.Length - copied).ToString();
    }

    private static bool TryReadInsertion(string text, int start, out string id, out int end)
    {
        id = string.Empty;
        end = start + 2;
        var i = SkipSpaces(text, start + 2);
        if (!Word(text, ref i, "insert:"))
        {
            return false;
        }

        i = SkipSpaces(text, i);
        if (!Word(text, ref i, "param,"))
        {
            return false;
        }

        i = SkipSpaces(text, i);
        var idStart = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '}')
        {
            i++;
        }

        if (i == idStart)
        {
            return false;
        }

        id = text[idStart..i];
        i = SkipSpaces(text, i);
        if (i + 1 >= text.Length || text[i] != '}' || text[i + 1] != '}')
        {
            return false;
        }

        end = i + 2;
        return true;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool Word(string text, ref int i, string word)
    {
        if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0)
        {
            return false;
        }

        i += word.Length;
        return true;
    }

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
                .Select(c => ReplaceInsertions(c, id => RenderParam(id, onMissing, depth + 1)));
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
}
