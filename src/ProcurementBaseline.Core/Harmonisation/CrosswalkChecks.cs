using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// Checks one crosswalk against the loaded catalogs: its catalog versions are loaded, its controls exist,
/// nothing maps to itself, no pair is mapped twice or in contradiction, and withdrawn controls are flagged.
/// </summary>
public static class CrosswalkChecks
{
    public static void Check(Crosswalk crosswalk, CatalogLibrary catalogs, DiagnosticBag diagnostics, string file)
    {
        var whole = crosswalk.Origin ?? SourceLocation.WholeFile(file);
        var source = catalogs.Find(crosswalk.Source);
        var target = catalogs.Find(crosswalk.Target);
        if (source is null)
        {
            diagnostics.Add(DiagnosticCodes.CrosswalkUnknownCatalog, whole, "from", crosswalk.Source);
        }

        if (target is null)
        {
            diagnostics.Add(DiagnosticCodes.CrosswalkUnknownCatalog, whole, "to", crosswalk.Target);
        }

        var seen = new Dictionary<(string, string), Mapping>();
        foreach (var mapping in crosswalk.Mappings)
        {
            var at = mapping.Origin ?? whole;
            if (mapping.Combined)
            {
                CheckMembers(mapping.Sources, source, catalogs, at, diagnostics);
            }
            else
            {
                CheckControls(mapping.Sources, source, at, diagnostics);
            }

            CheckControls(mapping.Targets, target, at, diagnostics);
            var pairs = mapping.Combined
                ? mapping.Targets.Select(t => (From: string.Join(" + ", mapping.Sources.Order(StringComparer.Ordinal)), To: t))
                : mapping.Pairs;
            foreach (var (from, to) in pairs)
            {
                if (crosswalk.Source == crosswalk.Target && from == to)
                {
                    diagnostics.Add(DiagnosticCodes.SelfMapping, at, from);
                    continue;
                }

                if (!seen.TryGetValue((from, to), out var first))
                {
                    seen.Add((from, to), mapping);
                }
                else if (Compatible(first.Relationship, mapping.Relationship))
                {
                    diagnostics.Add(DiagnosticCodes.DuplicateMapping, at, from, Word(mapping), to, first.Origin?.ToString() ?? file);
                }
                else
                {
                    diagnostics.Add(DiagnosticCodes.ContradictoryMappings, at, from, Word(mapping), to, Word(first), first.Origin?.ToString() ?? file);
                }
            }
        }
    }

    /// <summary>Equal-to and equivalent-to both say S = T; any other two relationships exclude each other.</summary>
    private static bool Compatible(Relationship a, Relationship b) =>
        a == b || (Relationships.IsEquivalence(a) && Relationships.IsEquivalence(b));

    private static string Word(Mapping mapping) => RelationshipWords.Word(mapping.Relationship);

    /// <summary>The members of a combined source: controls of the source catalog; one of another loaded catalog is named as such.</summary>
    private static void CheckMembers(IEnumerable<string> ids, Catalog? catalog, CatalogLibrary catalogs, SourceLocation at, DiagnosticBag diagnostics)
    {
        var own = new List<string>();
        foreach (var id in ids)
        {
            if (catalog is not null && catalog.Find(id) is null && catalogs.Catalogs.FirstOrDefault(c => c != catalog && c.Find(id) is not null) is { } other)
            {
                diagnostics.Add(DiagnosticCodes.CombinedMemberOtherCatalog, at, id, other.Ref, catalog.Ref);
            }
            else
            {
                own.Add(id);
            }
        }

        CheckControls(own, catalog, at, diagnostics);
    }

    private static void CheckControls(IEnumerable<string> ids, Catalog? catalog, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (catalog is null)
        {
            return;
        }

        foreach (var id in ids)
        {
            if (catalog.Find(id) is not { } indexed)
            {
                diagnostics.Add(DiagnosticCodes.CrosswalkUnknownControl, at, catalog.Ref, id, catalog.DidYouMean(id));
            }
            else if (indexed.Control.Status == ControlStatus.Withdrawn)
            {
                var successors = indexed.Control.Successors.IsEmpty ? "" : $"; see {string.Join(", ", indexed.Control.Successors.Select(s => s.ControlId))}";
                diagnostics.Add(DiagnosticCodes.MappingToWithdrawnControl, at, id, catalog.Ref, successors);
            }
        }
    }
}
