using System.Globalization;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Cli.Output.Json;

namespace ProcurementBaseline.Cli.Output;

/// <summary>A resolved baseline as the baseline commands show it, for people and for scripts alike.</summary>
internal static class BaselineFacts
{
    public static BaselineSummaryJson Summary(ResolvedBaseline resolved)
    {
        var b = resolved.Baseline;
        var must = resolved.Controls.Count(c => c.Priority == Priority.Must);
        return new BaselineSummaryJson(b.Id, b.Version, b.Title, b.Owner, b.Jurisdiction.ToString(), [.. b.Catalogs.Select(c => c.ToString())],
            resolved.Controls.Length, must, resolved.Controls.Length - must);
    }

    public static BaselineDetailJson Detail(ResolvedBaseline resolved, bool withControls)
    {
        var b = resolved.Baseline;
        var perCatalog = resolved.Controls.GroupBy(c => c.Key.Catalog.ToString(), StringComparer.Ordinal)
            .Select(g => new CatalogRequirementJson(g.Key, g.Count(c => c.Priority == Priority.Must), g.Count(c => c.Priority == Priority.Should)))
            .ToList();
        var added = SelectorAdditions(resolved);
        var select = b.Select.Select((s, i) => new SelectorJson(
            s.Catalog.ToString(), Word(s.Priority), s.Selection, NullIfEmpty(s.Groups), NullIfEmpty(s.Controls), NullIfEmpty(s.Tags), NullIfEmpty(s.Classes),
            s.Applicability.IsEmpty ? null : s.Applicability.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)[.. a.Value], StringComparer.Ordinal),
            added[i])).ToList();
        var p = b.Policy;
        var mapped = p.Mappings is { } m
            ? new MappedCoverageJson(true, [.. m.Provenances.Order().Select(v => v.ToString().ToLowerInvariant())], m.MinimumStrength, m.MaxHops, m.IncludeDrafts)
            : new MappedCoverageJson(false, null, null, null, null);
        var policy = new PolicyJson(p.NotApplicableAllowed, p.NotApplicableControls.IsEmpty ? null : [.. p.NotApplicableControls.Select(k => k.ToString()).Order(StringComparer.Ordinal)],
            p.PoamMaxDays, p.EvidenceMaxAgeDays, mapped)
        {
            SignedSubmission = p.SignedSubmission,
        };
        var controls = withControls
            ? resolved.Controls.Select(c => new RequiredControlJson(c.Key.ToString(), Word(c.Priority), c.Group, c.Control.Control.Title.Default)).ToList()
            : null;
        return new BaselineDetailJson(Summary(resolved), b.Description, perCatalog, select, policy, controls);
    }

    public static string Word(Priority priority) => priority.ToString().ToLowerInvariant();

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>How many of the required controls each selector added: a control is counted for the first selector that picks it.</summary>
    private static int[] SelectorAdditions(ResolvedBaseline resolved)
    {
        var counts = new int[resolved.Baseline.Select.Length];
        foreach (var control in resolved.Controls)
        {
            counts[control.Selector]++;
        }

        return counts;
    }

    private static IReadOnlyList<string>? NullIfEmpty(System.Collections.Immutable.ImmutableArray<string> values) => values.IsEmpty ? null : [.. values];
}
