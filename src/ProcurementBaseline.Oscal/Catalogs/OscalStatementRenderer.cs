using System.Text;
using System.Text.Json;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>
/// Turns an OSCAL part and its item sub-parts into text: the part's prose, then one line per item,
/// "a. ...", "  1. ...", indented two spaces per level, with parameters rendered.
/// </summary>
internal static class OscalStatementRenderer
{
    public static string? Render(JsonElement part, OscalParameters parameters, Action<string> onMissing)
    {
        var lines = new List<string>();
        if (part.String("prose") is { } prose && !string.IsNullOrWhiteSpace(prose))
        {
            lines.Add(Clean(parameters.Render(prose, onMissing)));
        }

        AddItems(part, parameters, onMissing, lines, depth: 0);
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static void AddItems(JsonElement part, OscalParameters parameters, Action<string> onMissing, List<string> lines, int depth)
    {
        foreach (var item in part.Array("parts"))
        {
            var text = item.String("prose") is { } prose ? Clean(parameters.Render(prose, onMissing)) : string.Empty;
            var label = item.Props("label").FirstOrDefault();
            var line = new StringBuilder().Append(' ', depth * 2);
            if (label is not null)
            {
                line.Append(label).Append(' ');
            }

            line.Append(text);
            var rendered = line.ToString().TrimEnd();
            if (rendered.Length > 0)
            {
                lines.Add(rendered);
            }

            AddItems(item, parameters, onMissing, lines, depth + 1);
        }
    }

    // OSCAL prose often starts with a space left by an insertion, or carries runs of spaces from source tables.
    internal static string Clean(string text) =>
        IsClean(text)
            ? text.Trim('\n')
            : string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
                .Select(line => string.Join(' ', line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))).Trim('\n');

    // Most prose needs no cleaning: no tab or carriage return, no run of spaces, no space at the start or end of a line.
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\r' || (c == ' ' && (i == 0 || i == text.Length - 1 || text[i - 1] is ' ' or '\n' || text[i + 1] == '\n')))
            {
                return false;
            }
        }

        return true;
    }
}
