using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// The common baseline of several nations (harmonisation.md §6): the equivalence clusters that have a member in
/// every chosen nation's baseline, plus, per nation, the residual controls no such cluster covers. Written as a
/// baseline: a claim on any member of a cluster covers the others through their equal-to and equivalent-to mappings.
/// </summary>
public sealed record CommonBaseline(
    ImmutableArray<EquivalenceCluster> Common,
    ImmutableArray<EquivalenceCluster> Partial,
    ImmutableSortedDictionary<Jurisdiction, ImmutableArray<RequiredControl>> Residual)
{
    public static CommonBaseline Build(MappingGraph graph, IReadOnlyDictionary<Jurisdiction, ResolvedBaseline> nations, MappingPolicy policy)
    {
        var members = nations.ToDictionary(n => n.Key, n => n.Value.Controls.Select(c => c.Key).ToHashSet());
        var clusters = EquivalenceClusters.Build(graph, policy);
        var touching = clusters.Where(c => members.Count(m => c.Members.Any(m.Value.Contains)) >= 2).ToList();
        var common = touching.Where(c => members.All(m => c.Members.Any(m.Value.Contains))).ToImmutableArray();
        var covered = common.SelectMany(c => c.Members).ToHashSet();
        var residual = nations.ToImmutableSortedDictionary(
            n => n.Key,
            n => n.Value.Controls.Where(c => !covered.Contains(c.Key)).ToImmutableArray());
        return new CommonBaseline(common, [.. touching.Except(common)], residual);
    }

    /// <summary>The common baseline as a baseline: cluster members and residual controls, each with its nation's priority.</summary>
    public Baseline ToBaseline(string id, string version, IReadOnlyDictionary<Jurisdiction, ResolvedBaseline> nations)
    {
        var priorities = nations.Values.SelectMany(b => b.Controls)
            .GroupBy(c => c.Key)
            .ToDictionary(g => g.Key, g => g.Any(c => c.Priority == Priority.Must) ? Priority.Must : Priority.Should);
        var chosen = Common.SelectMany(c => c.Members).Where(priorities.ContainsKey)
            .Concat(Residual.Values.SelectMany(r => r.Select(c => c.Key)))
            .Distinct()
            .ToList();
        var selectors = chosen
            .GroupBy(k => (k.Catalog, Priority: priorities[k]))
            .OrderBy(g => g.Key.Catalog.ToString(), StringComparer.Ordinal).ThenBy(g => g.Key.Priority)
            .Select(g => new ControlSelector { Catalog = g.Key.Catalog, Controls = [.. g.Select(k => k.ControlId)], Priority = g.Key.Priority })
            .ToImmutableArray();
        var names = string.Join(", ", nations.Keys.Order());
        return new Baseline
        {
            Id = id,
            Title = $"Quad common software baseline ({names})",
            Owner = $"Quad partners ({names}), harmonised by procbase from {string.Join(", ", nations.Values.Select(b => b.Baseline.Id).Order(StringComparer.Ordinal))}",
            Jurisdiction = Jurisdiction.Quad,
            Version = version,
            Description = $"{Common.Length} equivalence clusters required by every one of {names}, and each nation's residual controls. A claim on any member of a cluster covers the others.",
            Catalogs = [.. selectors.Select(s => s.Catalog).Distinct()],
            Select = selectors,
            Clusters = [.. Common.Select(c => c.Members)],
        };
    }
}
