using System.Collections.Immutable;
using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Profiles;

/// <summary>
/// Resolves which controls of one catalog a profile selects: <c>include-all</c>, <c>include-controls</c>
/// (with <c>with-child-controls</c>) and <c>exclude-controls</c> by id. Pattern matching is reported as unsupported.
/// </summary>
public static class OscalProfileResolver
{
    public sealed record Resolution(ImmutableArray<string> Selected, ImmutableArray<string> NotInCatalog);

    public static Resolution Resolve(JsonElement profile, JsonElement catalog, OscalIdMap ids, string file, DiagnosticBag diagnostics)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var children = ChildrenOf(catalog);
        foreach (var import in profile.Array("imports"))
        {
            if (import.Object("include-all") is not null)
            {
                selected.UnionWith(children.Keys);
            }

            foreach (var include in import.Array("include-controls"))
            {
                var withChildren = include.String("with-child-controls") == "yes";
                foreach (var id in IdsOf(include, file, diagnostics))
                {
                    selected.Add(id);
                    if (withChildren)
                    {
                        AddDescendants(id, children, selected);
                    }
                }
            }

            foreach (var exclude in import.Array("exclude-controls"))
            {
                excluded.UnionWith(IdsOf(exclude, file, diagnostics));
            }
        }

        selected.ExceptWith(excluded);
        var inCatalog = selected.Where(ids.Contains).OrderBy(ids.OrderOf).ToImmutableArray();
        var missing = selected.Where(id => !ids.Contains(id)).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Resolution(inCatalog, missing);
    }

    private static IEnumerable<string> IdsOf(JsonElement selector, string file, DiagnosticBag diagnostics)
    {
        if (selector.Array("matching").Any())
        {
            diagnostics.Add(DiagnosticCodes.UnsupportedProfileFeature, SourceLocation.WholeFile(file), "matching");
        }

        return selector.Array("with-ids").Select(i => i.GetString()).OfType<string>();
    }

    private static void AddDescendants(string id, Dictionary<string, List<string>> children, HashSet<string> selected)
    {
        foreach (var child in children.GetValueOrDefault(id) ?? [])
        {
            selected.Add(child);
            AddDescendants(child, children, selected);
        }
    }

    private static Dictionary<string, List<string>> ChildrenOf(JsonElement catalog)
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Visit(JsonElement owner, string? parent)
        {
            foreach (var control in owner.Array("controls"))
            {
                if (control.String("id") is not { } id)
                {
                    continue;
                }

                children.TryAdd(id, []);
                if (parent is not null)
                {
                    children[parent].Add(id);
                }

                Visit(control, id);
            }

            foreach (var group in owner.Array("groups"))
            {
                Visit(group, null);
            }
        }

        Visit(catalog, null);
        return children;
    }
}
