using System.Text.RegularExpressions;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// The text a control is matched on: its title twice (titles are dense), its statement, its guidance, the titles of
/// its groups for context, and its examples (SSDF's notional implementations are where the detail is). The parent's
/// text is left out (it made every enhancement of a control look alike), except for a control whose statement only
/// points at another document's clause ("14.2.4.1 corresponds to … of 14.2.4 in ISO/IEC 27002:2013", as 1,050 of
/// ISMAP's controls do): such a control has no words of its own, so it is matched on its parent's title.
/// </summary>
public static partial class ControlDocument
{
    /// <summary>How much text the semantic model reads: about its 256-token window, title and statement first.</summary>
    private const int SemanticLength = 1000;

    public static string Text(IndexedControl indexed)
    {
        var control = indexed.Control;
        var parts = new List<string?> { control.Title.Default, control.Title.Default };
        if (IsPointer(control))
        {
            parts.Add(indexed.Parent?.Title.Default);
        }

        parts.Add(control.Statement?.Default);
        parts.Add(control.Guidance?.Default);
        parts.AddRange(indexed.Groups.Select(g => g.Title.Default));
        parts.AddRange(control.Examples.Select(e => e.Default));
        return Join(parts);
    }

    /// <summary>The text the semantic model embeds: the title (or, for a pointer, the parent's title), statement and guidance, cut to the model's window.</summary>
    public static string SemanticText(IndexedControl indexed)
    {
        var control = indexed.Control;
        var text = Join([control.Title.Default, IsPointer(control) ? indexed.Parent?.Title.Default : null, control.Statement?.Default,
            control.Guidance?.Default, .. control.Examples.Select(e => e.Default)]);
        return text.Length <= SemanticLength ? text : text[..SemanticLength];
    }

    /// <summary>Whether the control has text to match on: a control the source names without its text has none.</summary>
    public static bool HasText(Control control) => control.Fidelity != Fidelity.NotRetrieved;

    /// <summary>Whether the statement only says which clause of another standard the control corresponds to.</summary>
    internal static bool IsPointer(Control control) =>
        control.Statement?.Default is { } statement && PointerStatement().IsMatch(statement);

    private static string Join(IEnumerable<string?> parts) => string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    [GeneratedRegex(@"^\S+ corresponds to .* in ISO/IEC 270\d\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointerStatement();
}
