using System.Globalization;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Output;

/// <summary>The facts about catalogs and controls that list and show print, in text and JSON alike.</summary>
public static class CatalogFacts
{
    public static Fidelity EffectiveFidelity(Catalog catalog, Control control) => control.Fidelity ?? catalog.Source.Fidelity;

    public static IReadOnlyDictionary<string, string> Text(LocalizedText text) =>
        text.Translations.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    public static CatalogSummaryJson Summary(Catalog catalog)
    {
        var controls = catalog.AllControls.Select(c => c.Control).ToList();
        return new CatalogSummaryJson(
            catalog.Id,
            catalog.Version.Text,
            catalog.Ref.ToString(),
            Text(catalog.Title),
            catalog.Publisher,
            CatalogWords.Jurisdictions.Word(catalog.Jurisdiction),
            CatalogWords.Statuses.Word(catalog.Status),
            catalog.Released?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CatalogWords.Fidelities.Word(catalog.Source.Fidelity),
            catalog.Source.Completeness,
            controls.Count,
            controls.Count(c => c.Status == ControlStatus.Active),
            Count(controls, c => c.Class ?? "control"),
            Count(controls, c => CatalogWords.Fidelities.Word(EffectiveFidelity(catalog, c))),
            controls.Count(c => c.Completeness is not null));
    }

    /// <summary>"1,073 ISM-control, 34 ISM-principle": counts by class, largest first.</summary>
    public static string ClassBreakdown(CatalogSummaryJson summary) =>
        string.Join(", ", summary.ControlsByClass.Select(e => $"{e.Value.ToString("N0", CultureInfo.InvariantCulture)} {e.Key}"));

    /// <summary>The catalog's fidelity, and any other fidelity its controls carry: "extracted (+12 not-retrieved)".</summary>
    /// <summary>What a catalog lacks at a glance: items not retrieved, and controls with a note on what their text lacks.</summary>
    public static string Gaps(CatalogSummaryJson summary)
    {
        var notRetrieved = summary.ControlsByFidelity.GetValueOrDefault(CatalogWords.Fidelities.Word(Fidelity.NotRetrieved));
        var parts = new List<string>();
        if (notRetrieved > 0)
        {
            parts.Add($"{notRetrieved} not retrieved");
        }

        if (summary.ControlsWithCompletenessNotes > 0)
        {
            parts.Add($"{summary.ControlsWithCompletenessNotes} with notes");
        }

        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }

    public static string FidelityBreakdown(CatalogSummaryJson summary)
    {
        var others = summary.ControlsByFidelity.Where(e => e.Key != summary.Fidelity).Select(e => $"+{e.Value} {e.Key}").ToList();
        return others.Count == 0 ? summary.Fidelity : $"{summary.Fidelity} ({string.Join(", ", others)})";
    }

    /// <summary>The controls under a group at any depth, enhancements and tasks included.</summary>
    public static int CountControls(ControlGroup group) =>
        group.Controls.Sum(CountControls) + group.Groups.Sum(CountControls);

    private static int CountControls(Control control) => 1 + control.Controls.Sum(CountControls);

    private static SortedDictionary<string, int> Count(IEnumerable<Control> controls, Func<Control, string> key)
    {
        var counts = controls.GroupBy(key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var result = new SortedDictionary<string, int>(new OrderOf(counts.Select(g => g.Key).ToList()));
        foreach (var group in counts)
        {
            result[group.Key] = group.Count();
        }

        return result;
    }

    private sealed class OrderOf(List<string> order) : IComparer<string>
    {
        public int Compare(string? x, string? y) => order.IndexOf(x!).CompareTo(order.IndexOf(y!));
    }
}
