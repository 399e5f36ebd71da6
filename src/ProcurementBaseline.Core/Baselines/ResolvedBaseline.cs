using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Selections;

namespace ProcurementBaseline.Baselines;

/// <summary>A baseline with its selectors resolved against the loaded catalogs and selections: the controls it requires, in order.</summary>
public sealed record ResolvedBaseline(Baseline Baseline, ImmutableArray<RequiredControl> Controls)
{
    public static ResolvedBaseline Resolve(Baseline baseline, CatalogLibrary catalogs, IReadOnlyCollection<ControlSelection> selections, DiagnosticBag diagnostics, string file)
    {
        var chosen = new Dictionary<ControlKey, RequiredControl>();
        var order = new List<ControlKey>();
        for (var index = 0; index < baseline.Select.Length; index++)
        {
            var selector = baseline.Select[index];
            var at = selector.Origin ?? SourceLocation.WholeFile(file);
            if (catalogs.Find(selector.Catalog) is not { } catalog)
            {
                diagnostics.Add(DiagnosticCodes.BaselineUnknownCatalog, at, baseline.Id, selector.Catalog);
                continue;
            }

            HashSet<string>? inSelection = null;
            if (selector.Selection is { } selectionId)
            {
                var selection = selections.FirstOrDefault(s => s.Id == selectionId && s.Catalog == selector.Catalog);
                if (selection is null)
                {
                    diagnostics.Add(DiagnosticCodes.BaselineUnknownSelection, at, selectionId, selector.Catalog);
                    continue;
                }

                inSelection = selection.Controls.ToHashSet(StringComparer.Ordinal);
            }

            foreach (var id in selector.Controls.Where(id => catalog.Find(id) is null))
            {
                diagnostics.Add(DiagnosticCodes.BaselineUnknownControl, at, id, catalog.Ref, catalog.DidYouMean(id));
            }

            var picked = catalog.AllControls.Where(c => Matches(selector, c, inSelection)).ToList();
            if (picked.Count == 0)
            {
                diagnostics.Add(DiagnosticCodes.EmptySelector, at, selector.Catalog);
            }

            foreach (var control in picked)
            {
                var key = new ControlKey(catalog.Ref, control.Control.Id);
                if (chosen.TryGetValue(key, out var held))
                {
                    if (held.Priority == Priority.Should && selector.Priority == Priority.Must)
                    {
                        chosen[key] = held with { Priority = Priority.Must };
                    }

                    continue;
                }

                chosen[key] = new RequiredControl(key, selector.Priority, control, catalog.Jurisdiction) { Selector = index };
                order.Add(key);
            }
        }

        foreach (var requirement in baseline.Policy.EvidenceRequirements)
        {
            foreach (var control in requirement.Controls.Where(c => !chosen.ContainsKey(c)))
            {
                diagnostics.Add(DiagnosticCodes.EvidenceRequirementNotRequired, requirement.Origin ?? SourceLocation.WholeFile(file), control, baseline.Id);
            }
        }

        return new ResolvedBaseline(baseline, [.. order.Select(k => chosen[k])]);
    }

    private static bool Matches(ControlSelector selector, IndexedControl control, HashSet<string>? inSelection)
    {
        var c = control.Control;
        return c.Status == ControlStatus.Active
            && (inSelection is null || inSelection.Contains(c.Id))
            && (selector.Controls.IsEmpty || selector.Controls.Contains(c.Id))
            && (selector.Groups.IsEmpty || control.Groups.Any(g => selector.Groups.Contains(g.Id)))
            && (selector.Classes.IsEmpty || (c.Class is { } cls && selector.Classes.Contains(cls)))
            && (selector.Tags.IsEmpty || selector.Tags.Any(t => c.Tags.Contains(t)))
            && selector.Applicability.All(a => c.Applicability.TryGetValue(a.Key, out var values) && values.Any(v => a.Value.Contains(v)));
    }
}
