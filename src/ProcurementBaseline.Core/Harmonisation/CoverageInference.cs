using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// Which controls a set of satisfied controls covers through mappings (harmonisation.md §2–3a), searching forwards
/// one hop at a time. Paths obey the valley-free rule; a combined mapping fires once every member is covered in full
/// (a counter per combined mapping counts them), or covers in part once one is; the hop cap applies to each branch.
/// Each target keeps its best derivation: full before partial, then the stronger weakest edge, then fewer hops, then
/// the first in id order. <see cref="Evaluation.EvaluationPlan"/> answers the same question backwards, compiled for a
/// baseline; the two are tested to agree.
/// </summary>
public sealed class CoverageInference(MappingGraph graph, MappingPolicy policy)
{
    public MappingGraph Graph { get; } = graph;

    public MappingPolicy Policy { get; } = policy;

    public ImmutableSortedDictionary<ControlKey, InferredCoverage> Infer(IEnumerable<SatisfiedControl> satisfied)
    {
        var starts = new Dictionary<ControlKey, bool>();
        foreach (var s in satisfied)
        {
            starts[s.Control] = starts.TryGetValue(s.Control, out var partial) ? partial && s.PartialOnly : s.PartialOnly;
        }

        var reach = new Reach(Graph, Policy);
        var layer = new Dictionary<StateKey, Derivation>();
        foreach (var (control, partialOnly) in starts.OrderBy(s => s.Key))
        {
            var claim = Derivation.Claim(control, partialOnly);
            layer[StateKey.Of(claim)] = claim;
            reach.Record(claim, 0);
        }

        var best = new Dictionary<ControlKey, Derivation>();
        for (var hop = 1; hop <= Policy.MaxHops && (layer.Count > 0 || reach.HasReadyJoints); hop++)
        {
            var next = new Dictionary<StateKey, Derivation>();
            foreach (var label in layer.Values)
            {
                foreach (var edge in Graph.Outgoing(label.Control))
                {
                    if (Policy.Accepts(edge.Mapping) && label.Then(edge) is { } candidate)
                    {
                        Keep(next, candidate);
                    }
                }
            }

            foreach (var joint in reach.Joints(hop - 1))
            {
                Keep(next, joint);
            }

            foreach (var label in next.Values)
            {
                reach.Record(label, hop);
                if (starts.TryGetValue(label.Control, out var partialStart) && !partialStart)
                {
                    continue;
                }

                if (!best.TryGetValue(label.Control, out var held) || IsBetter(label, held))
                {
                    best[label.Control] = label;
                }
            }

            layer = next;
        }

        return best.ToImmutableSortedDictionary(b => b.Key, b => new InferredCoverage(b.Key, b.Value.Level, b.Value));
    }

    /// <summary>The best derivation by which <paramref name="target"/> is covered, or null when nothing covers it.</summary>
    public InferredCoverage? Explain(IEnumerable<SatisfiedControl> satisfied, ControlKey target) =>
        Infer(satisfied).GetValueOrDefault(target);

    private static void Keep(Dictionary<StateKey, Derivation> layer, Derivation candidate)
    {
        var key = StateKey.Of(candidate);
        if (!layer.TryGetValue(key, out var held) || IsBetter(candidate, held))
        {
            layer[key] = candidate;
        }
    }

    internal static bool IsBetter(Derivation a, Derivation b)
    {
        if (a.Level != b.Level)
        {
            return a.Level == CoverageLevel.Full;
        }

        if (a.Strength != b.Strength)
        {
            return a.Strength > b.Strength;
        }

        return a.Hops != b.Hops ? a.Hops < b.Hops : CompareNodes(a, b) < 0;
    }

    private static int CompareNodes(Derivation a, Derivation b)
    {
        var left = a.Nodes.Select(n => n.Control).ToList();
        var right = b.Nodes.Select(n => n.Control).ToList();
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var order = left[i].CompareTo(right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private readonly record struct StateKey(ControlKey Node, PathPhase Phase, bool Capped)
    {
        public static StateKey Of(Derivation label) => new(label.Control, label.Phase, label.Capped);
    }

    /// <summary>
    /// What each control has been reached by so far, for combined mappings: the best full and partial derivation
    /// at each hop count, and per combined mapping a count of the members reached in full.
    /// </summary>
    private sealed class Reach(MappingGraph graph, MappingPolicy policy)
    {
        private readonly Dictionary<ControlKey, Derivation?[]> _full = [];
        private readonly Dictionary<ControlKey, Derivation?[]> _partial = [];
        private readonly Dictionary<CombinedEdge, int> _fullMembers = [];
        private readonly HashSet<CombinedEdge> _touched = [];

        public bool HasReadyJoints => _touched.Count > 0;

        public void Record(Derivation label, int hops)
        {
            if (graph.CombinedFrom(label.Control) is { IsEmpty: false } edges)
            {
                var full = label.Level == CoverageLevel.Full;
                var table = full ? _full : _partial;
                if (!table.TryGetValue(label.Control, out var byHops))
                {
                    table[label.Control] = byHops = new Derivation?[policy.MaxHops + 1];
                    if (full)
                    {
                        foreach (var edge in edges)
                        {
                            _fullMembers[edge] = _fullMembers.GetValueOrDefault(edge) + 1;
                        }
                    }
                }

                if (byHops[hops] is not { } held || IsBetter(label, held))
                {
                    byHops[hops] = label;
                }

                _touched.UnionWith(edges.Where(e => policy.Accepts(e.Mapping)));
            }
        }

        /// <summary>The combined mappings' derivations whose members are reached within <paramref name="hops"/>.</summary>
        public IEnumerable<Derivation> Joints(int hops)
        {
            foreach (var edge in _touched.OrderBy(e => e.To).ThenBy(e => e.Members[0]))
            {
                var members = edge.Members.Select(m => Best(_full, m, hops)).ToList();
                if (_fullMembers.GetValueOrDefault(edge) == edge.Members.Length && members.All(m => m is not null))
                {
                    yield return Derivation.Joint([.. members!], edge);
                }

                // Partial coverage through the members reached so far, each in full or (below subset-of) in part: it
                // needs only one of them, so it can be stronger than the whole.

                var partialCounts = edge.Step == PathStep.Up;
                var some = edge.Members.Select((m, i) => partialCounts ? Stronger(members[i], Best(_partial, m, hops)) : members[i]).ToList();
                if (edge.Step != PathStep.Blocked && some.Any(m => m is not null))
                {
                    yield return Derivation.JointInPart([.. some.Select((m, i) => m ?? Derivation.Missing(edge.Members[i]))], edge);
                }
            }
        }

        /// <summary>For partial coverage only strength matters: the stronger of a full and a partial derivation.</summary>
        private static Derivation? Stronger(Derivation? full, Derivation? partial) =>
            full is null || (partial is not null && (partial.Strength > full.Strength || (partial.Strength == full.Strength && partial.Hops < full.Hops))) ? partial : full;

        private static Derivation? Best(Dictionary<ControlKey, Derivation?[]> table, ControlKey member, int hops)
        {
            if (!table.TryGetValue(member, out var byHops))
            {
                return null;
            }

            Derivation? best = null;
            for (var h = 0; h <= hops; h++)
            {
                if (byHops[h] is { } label && (best is null || IsBetter(label, best)))
                {
                    best = label;
                }
            }

            return best;
        }
    }
}
