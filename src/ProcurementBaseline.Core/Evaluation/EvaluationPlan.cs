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
    private EvaluationPlan(ResolvedBaseline baseline, ImmutableArray<ImmutableArray<CoverageCandidate>> candidates, ImmutableArray<ImmutableArray<RejectedMapping>> rejected)
    {
        Baseline = baseline;
        Candidates = candidates;
        Rejected = rejected;

        // Every control whose claim can matter gets a slot, so evaluating a submission hashes each claim's key once
        // and then works on arrays.
        var slots = new Dictionary<ControlKey, int>();
        int Slot(ControlKey key) => slots.TryGetValue(key, out var at) ? at : slots[key] = slots.Count;
        RequiredSlots = [.. baseline.Controls.Select(c => Slot(c.Key))];
        CandidateSlots = [.. candidates.Select(list => list.Select(c => Slot(c.Source)).ToArray())];
        RejectedSlots = [.. rejected.Select(list => list.Select(r => Slot(r.Source)).ToArray())];
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
        var candidates = baseline.Controls
            .AsParallel().AsOrdered()
            .Select(r => policy is null ? [] : CandidatesFor(r.Key, graph, policy))
            .ToImmutableArray();
        var rejected = baseline.Controls
            .Select(r => policy is null ? [] : RejectedFor(r.Key, graph, policy))
            .ToImmutableArray();
        return new EvaluationPlan(baseline, candidates, rejected);
    }

    private static ImmutableArray<RejectedMapping> RejectedFor(ControlKey target, MappingGraph graph, MappingPolicy policy) =>
        [.. graph.Incoming(target)
            .Where(e => e.Step != PathStep.Blocked && e.From != target)
            .Select(e => RejectedMapping.WhyRejected(e, policy) is { } why ? new RejectedMapping(e.From, e, why) : null)
            .OfType<RejectedMapping>()
            .OrderBy(r => r.Source)];

    /// <summary>Every valid path of at most the policy's hop cap that ends at <paramref name="target"/>, the best per start.</summary>
    private static ImmutableArray<CoverageCandidate> CandidatesFor(ControlKey target, MappingGraph graph, MappingPolicy policy)
    {
        var best = new Dictionary<ControlKey, CoverageCandidate>();
        var path = new Stack<MappingEdge>();
        Walk(target, 0);
        return [.. best.Values
            .OrderBy(c => c.Level)
            .ThenByDescending(c => c.Strength)
            .ThenBy(c => c.Path.Hops)
            .ThenBy(c => c.Source)];

        void Walk(ControlKey node, int depth)
        {
            if (depth == policy.MaxHops)
            {
                return;
            }

            foreach (var edge in graph.Incoming(node))
            {
                if (!policy.Accepts(edge.Mapping) || edge.Step == PathStep.Blocked || edge.From == target)
                {
                    continue;
                }

                // The stack holds the path from its start (top) to the target; walking backwards adds edges at the
                // start. Every suffix of a valid path is valid, so an invalid one is not extended.
                path.Push(edge);
                var edges = path.ToImmutableArray();
                if (Relationships.Compose(edges.Select(e => e.Relationship)) is { } level)
                {
                    var candidate = new CoverageCandidate(edge.From, level, new CoveragePath(edges));
                    if (!best.TryGetValue(edge.From, out var held) || Better(candidate, held))
                    {
                        best[edge.From] = candidate;
                    }

                    Walk(edge.From, depth + 1);
                }

                path.Pop();
            }
        }
    }

    private static bool Better(CoverageCandidate a, CoverageCandidate b) =>
        a.Level != b.Level ? a.Level == CoverageLevel.Full
        : a.Strength != b.Strength ? a.Strength > b.Strength
        : a.Path.Hops < b.Path.Hops;
}

/// <summary>The catalog table <see cref="EvaluationPlan.TryGetSlot"/> last used.</summary>
public record struct SlotCursor(CatalogRef Catalog, FrozenDictionary<string, int>? Table);
