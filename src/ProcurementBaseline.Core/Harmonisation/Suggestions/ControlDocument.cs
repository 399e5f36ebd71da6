using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// The text a control is matched on: its title twice (titles are dense), its statement, its guidance, the titles of
/// its groups for context, and its examples (SSDF's notional implementations are where the detail is). The parent's
/// text is left out: it made every enhancement of a control look alike.
/// </summary>
public static class ControlDocument
{
    public static string Text(IndexedControl indexed)
    {
        var control = indexed.Control;
        var parts = new List<string?>
        {
            control.Title.Default,
            control.Title.Default,
            control.Statement?.Default,
            control.Guidance?.Default,
        };
        parts.AddRange(indexed.Groups.Select(g => g.Title.Default));
        parts.AddRange(control.Examples.Select(e => e.Default));
        return string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
