using System.Collections.Frozen;
using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// A baseline compiled against the mapping graph, once, for evaluating any number of submissions: for each required
/// control, every control whose claim would cover it, each with its best path, best first. A path starts at one
/// claimed control, so the best path from a set of claims is the best of these single-source paths; evaluating a
/// submission is then a scan of each list for the first claimed source.
/// </summary>
public sealed class EvaluationPlan
{
    private EvaluationPlan(ResolvedBaseline baseline, ImmutableArray<ImmutableArray<CoverageCandidate>> candidates, ImmutableArray<ImmutableArray<JointCandidate>> joints,
        ImmutableArray<CoverageRule> rules, ImmutableArray<ImmutableArray<RejectedMapping>> rejected)
    {
        Baseline = baseline;
        Candidates = candidates;
        Joints = joints;
        Rules = rules;
        Rejected = rejected;

        // Every control whose claim can matter gets a slot, so evaluating a submission hashes each claim's key once
        // and then works on arrays.
        var slots = new Dictionary<ControlKey, int>();
        int Slot(ControlKey key) => slots.TryGetValue(key, out var at) ? at : slots[key] = slots.Count;
        RequiredSlots = [.. baseline.Controls.Select(c => Slot(c.Key))];
        CandidateSlots = [.. candidates.Select(list => list.Select(c => Slot(c.Source)).ToArray())];
        RejectedSlots = [.. rejected.Select(list => list.Select(r => Slot(r.Source)).ToArray())];
        foreach (var rule in rules)
        {
            rule.Slot = rule.Budget < 0 ? -1 : Slot(rule.Control);
            rule.CandidateSlots = [.. rule.Candidates.Select(c => Slot(c.Source))];
        }

        SlotCount = slots.Count;
        _slotsByCatalog = slots.GroupBy(s => s.Key.Catalog)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(s => s.Key.ControlId, s => s.Value, StringComparer.Ordinal));
        (NationScopes, NationOf) = Scopes(baseline.Controls, c => c.Jurisdiction.ToString());
        (CatalogScopes, CatalogOf) = Scopes(baseline.Controls, c => c.Key.Catalog.ToString());
        (GroupScopes, GroupOf) = Scopes(baseline.Controls, c => $"{c.Key.Catalog} {c.Group}");
    }

    public ResolvedBaseline Baseline { get; }

    /// <summary>Per required control (same order as <see cref="ResolvedBaseline.Controls"/>), the candidates best first.</summary>
    public ImmutableArray<ImmutableArray<CoverageCandidate>> Candidates { get; }

    /// <summary>Per required control, the combined mappings that reach it (harmonisation.md §3a); mostly empty.</summary>
    public ImmutableArray<ImmutableArray<JointCandidate>> Joints { get; }

    /// <summary>The rules of every member of those combined mappings, by <see cref="CoverageRule.Id"/>.</summary>
    public ImmutableArray<CoverageRule> Rules { get; }

    /// <summary>Per required control, the one-mapping links from other controls that the policy does not count, shown as context.</summary>
    public ImmutableArray<ImmutableArray<RejectedMapping>> Rejected { get; }

    public int[][] RejectedSlots { get; }

    private readonly FrozenDictionary<CatalogRef, FrozenDictionary<string, int>> _slotsByCatalog;

    /// <summary>
    /// The slot of a claimed control, or false when no claim on it can matter. Claims come grouped by catalog, so the
    /// catalog's table is kept between calls and only the control id is hashed.
    /// </summary>
    public bool TryGetSlot(ControlKey key, ref SlotCursor cursor, out int slot)
    {
        if (cursor.Table is null || cursor.Catalog != key.Catalog)
        {
            cursor = new SlotCursor(key.Catalog, _slotsByCatalog.GetValueOrDefault(key.Catalog));
        }

        slot = -1;
        return cursor.Table is not null && cursor.Table.TryGetValue(key.ControlId, out slot);
    }

    /// <summary>How many controls can affect a finding: the required controls and their candidates, each with a slot.</summary>
    public int SlotCount { get; }

    public int[] RequiredSlots { get; }

    public int[][] CandidateSlots { get; }

    /// <summary>Score scopes, sorted, and the scope of each required control.</summary>
    public ImmutableArray<string> NationScopes { get; }

    public int[] NationOf { get; }

    public ImmutableArray<string> CatalogScopes { get; }

    public int[] CatalogOf { get; }

    public ImmutableArray<string> GroupScopes { get; }

    public int[] GroupOf { get; }

    private static (ImmutableArray<string> Names, int[] Of) Scopes(ImmutableArray<RequiredControl> controls, Func<RequiredControl, string> scope)
    {
        var names = controls.Select(scope).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        return (names, [.. controls.Select(c => index[scope(c)])]);
    }

    public static EvaluationPlan Compile(ResolvedBaseline baseline, MappingGraph graph)
    {
        var policy = baseline.Baseline.Policy.Mappings;
        var compiler = policy is null ? null : new CoverageCompiler(graph, policy);
        var compiled = baseline.Controls
            .AsParallel().AsOrdered()
            .Select(r => compiler?.Compile(r.Key, policy!.MaxHops) ?? ([], []))
            .ToList();
        var rejected = baseline.Controls
            .Select(r => policy is null ? [] : RejectedFor(r.Key, graph, policy))
            .ToImmutableArray();
        return new EvaluationPlan(baseline, [.. compiled.Select(c => c.Candidates)], [.. compiled.Select(c => c.Joints)],
            [.. compiler?.Rules ?? []], rejected);
    }

    private static ImmutableArray<RejectedMapping> RejectedFor(ControlKey target, MappingGraph graph, MappingPolicy policy) =>
        [.. graph.Incoming(target)
            .Where(e => e.Step != PathStep.Blocked && e.From != target)
            .Select(e => RejectedMapping.WhyRejected(e, policy) is { } why ? new RejectedMapping(e.From, e, why) : null)
            .OfType<RejectedMapping>()
            .OrderBy(r => r.Source)];
}

/// <summary>The catalog table <see cref="EvaluationPlan.TryGetSlot"/> last used.</summary>
public record struct SlotCursor(CatalogRef Catalog, FrozenDictionary<string, int>? Table);
