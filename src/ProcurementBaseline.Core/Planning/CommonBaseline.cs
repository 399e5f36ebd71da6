using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Planning;

/// <summary>
/// A set of required controls from two or more nations that one claim, or one set of claims together, meets in full
/// through accepted mappings (harmonisation.md §6): the claims and the members per nation.
/// </summary>
public sealed record CommonRequirement(ImmutableArray<ControlKey> Claims, ImmutableSortedDictionary<Jurisdiction, ImmutableArray<RequiredControl>> Members)
{
    public override string ToString() =>
        $"{string.Join(" + ", Claims)} meets {string.Join("; ", Members.Select(m => $"{m.Key}: {string.Join(", ", m.Value.Select(c => c.Key.ControlId))}"))}";
}

/// <summary>
/// The common baseline of several nations, read off their attest-once plan: the common requirements, and per nation
/// the residual required controls that no shared claim meets. Written as a baseline it asks for the plan's claims
/// (must) and the should controls the plan leaves unmet (should), so a vendor attests to the plan, not to the union.
/// </summary>
public sealed record CommonBaseline(
    AttestOncePlan Plan,
    ImmutableSortedDictionary<Jurisdiction, ResolvedBaseline> Nations,
    ImmutableArray<CommonRequirement> Common,
    ImmutableSortedDictionary<Jurisdiction, ImmutableArray<RequiredControl>> Residual)
{
    public static CommonBaseline Build(AttestOncePlan plan, IReadOnlyDictionary<Jurisdiction, ResolvedBaseline> nations)
    {
        var met = plan.Evaluations.SelectMany(e => e.Findings.Where(f => f.IsMet).Select(f => (Nation: e.Baseline.Baseline.Jurisdiction, Finding: f)))
            .Select(m => (m.Nation, m.Finding.Required, Claims: m.Finding.Derivation?.Claims.ToImmutableArray() ?? [m.Finding.Control]))
            .ToList();
        var common = met.GroupBy(m => string.Join(" ", m.Claims), StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Nation).Distinct().Count() >= 2)
            .Select(g => new CommonRequirement(g.First().Claims, g.GroupBy(m => m.Nation).ToImmutableSortedDictionary(n => n.Key, n => n.Select(m => m.Required).DistinctBy(r => r.Key).ToImmutableArray())))
            .OrderBy(c => c.Claims[0])
            .ToImmutableArray();
        var shared = common.SelectMany(c => c.Members.SelectMany(m => m.Value.Select(r => (m.Key, r.Key)))).ToHashSet();
        var residual = nations.ToImmutableSortedDictionary(n => n.Key, n => n.Value.Controls.Where(c => !shared.Contains((n.Key, c.Key))).ToImmutableArray());
        return new CommonBaseline(plan, nations.ToImmutableSortedDictionary(), common, residual);
    }

    /// <summary>Should controls of any nation that the plan's claims do not meet.</summary>
    public IEnumerable<RequiredControl> UnmetShoulds => Plan.Evaluations.SelectMany(e => e.Findings)
        .Where(f => f.Priority == Priority.Should && !f.IsMet).Select(f => f.Required).DistinctBy(r => r.Key);

    /// <summary>The common baseline as a baseline: the plan's claims as must, unmet should controls as should.</summary>
    public Baseline ToBaseline(string id, string version)
    {
        var chosen = Plan.Claims.Select(k => (Key: k, Priority: Priority.Must))
            .Concat(UnmetShoulds.Where(r => !Plan.Claims.Contains(r.Key)).Select(r => (r.Key, Priority: Priority.Should)))
            .ToList();
        var selectors = chosen
            .GroupBy(c => (c.Key.Catalog, c.Priority))
            .OrderBy(g => g.Key.Catalog.ToString(), StringComparer.Ordinal).ThenBy(g => g.Key.Priority)
            .Select(g => new ControlSelector { Catalog = g.Key.Catalog, Controls = [.. g.Select(c => c.Key.ControlId)], Priority = g.Key.Priority })
            .ToImmutableArray();
        var names = string.Join(", ", Nations.Keys);
        return new Baseline
        {
            Id = id,
            Title = $"Quad common software baseline ({names})",
            Owner = $"Quad partners ({names}), harmonised by procbase from {string.Join(", ", Nations.Values.Select(b => b.Baseline.Id).Order(StringComparer.Ordinal))}",
            Jurisdiction = Jurisdiction.Quad,
            Version = version,
            Description = $"The attest-once plan of {names}: {Plan.Claims.Length} claims that, each implemented with evidence, meet all {Plan.MustCount} must controls "
                + $"of the nations' baselines ({(Plan.Optimal ? "the smallest such set" : $"a greedy plan; none has fewer than {Plan.LowerBound}")}); "
                + $"{Common.Length} of the claims or sets of claims meet requirements of two or more nations. The nations' should controls the plan does not meet are kept as should.",
            Catalogs = [.. selectors.Select(s => s.Catalog).Distinct()],
            Select = selectors,
        };
    }
}
