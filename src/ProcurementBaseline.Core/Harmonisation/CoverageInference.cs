using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// Which controls a set of satisfied controls covers through mappings (harmonisation.md §2–3). Paths obey the
/// valley-free rule and the hop cap; each target keeps its best path: full before partial, then the stronger
/// weakest edge, then fewer hops, then the first path in id order.
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

        var layer = new Dictionary<StateKey, Label>();
        foreach (var (control, partialOnly) in starts.OrderBy(s => s.Key))
        {
            layer[new StateKey(control, PathPhase.Start, partialOnly)] = Label.Start(control, partialOnly);
        }

        var best = new Dictionary<ControlKey, Label>();
        for (var hop = 1; hop <= Policy.MaxHops && layer.Count > 0; hop++)
        {
            var next = new Dictionary<StateKey, Label>();
            foreach (var label in layer.Values)
            {
                foreach (var edge in Graph.Outgoing(label.Node))
                {
                    if (!Policy.Accepts(edge.Mapping))
                    {
                        continue;
                    }

                    var phase = Relationships.Next(label.Phase, edge.Step);
                    if (phase == PathPhase.Invalid)
                    {
                        continue;
                    }

                    var candidate = label.Extend(edge, phase);
                    var key = new StateKey(edge.To, phase, label.Capped);
                    if (!next.TryGetValue(key, out var held) || candidate.IsBetterThan(held))
                    {
                        next[key] = candidate;
                    }
                }
            }

            foreach (var label in next.Values)
            {
                if (starts.TryGetValue(label.Node, out var partialStart) && !partialStart)
                {
                    continue;
                }

                if (!best.TryGetValue(label.Node, out var held) || label.IsBetterThan(held))
                {
                    best[label.Node] = label;
                }
            }

            layer = next;
        }

        return best.ToImmutableSortedDictionary(
            b => b.Key,
            b => new InferredCoverage(b.Key, b.Value.Level, new CoveragePath(b.Value.Edges())));
    }

    /// <summary>The best path by which <paramref name="target"/> is covered, or null when nothing covers it.</summary>
    public InferredCoverage? Explain(IEnumerable<SatisfiedControl> satisfied, ControlKey target) =>
        Infer(satisfied).GetValueOrDefault(target);

    private readonly record struct StateKey(ControlKey Node, PathPhase Phase, bool Capped);

    /// <summary>A path in the search, kept as a persistent list so that labels share their prefixes.</summary>
    private sealed class Label
    {
        private const int Unbounded = int.MaxValue;

        private Label(ControlKey node, PathPhase phase, bool capped, int strength, int hops, MappingEdge? edge, Label? previous)
        {
            Node = node;
            Phase = phase;
            Capped = capped;
            Strength = strength;
            Hops = hops;
            Edge = edge;
            Previous = previous;
        }

        public ControlKey Node { get; }

        public PathPhase Phase { get; }

        public bool Capped { get; }

        public int Strength { get; }

        public int Hops { get; }

        public MappingEdge? Edge { get; }

        public Label? Previous { get; }

        public CoverageLevel Level => Phase == PathPhase.Down && !Capped ? CoverageLevel.Full : CoverageLevel.Partial;

        public static Label Start(ControlKey control, bool partialOnly) =>
            new(control, PathPhase.Start, partialOnly, Unbounded, 0, null, null);

        public Label Extend(MappingEdge edge, PathPhase phase) =>
            new(edge.To, phase, Capped, Math.Min(Strength, edge.Strength), Hops + 1, edge, this);

        public bool IsBetterThan(Label other)
        {
            if (Level != other.Level)
            {
                return Level == CoverageLevel.Full;
            }

            if (Strength != other.Strength)
            {
                return Strength > other.Strength;
            }

            return Hops != other.Hops ? Hops < other.Hops : ComparePath(this, other) < 0;
        }

        public ImmutableArray<MappingEdge> Edges()
        {
            var edges = ImmutableArray.CreateBuilder<MappingEdge>(Hops);
            for (var label = this; label.Edge is not null; label = label.Previous!)
            {
                edges.Add(label.Edge);
            }

            edges.Reverse();
            return edges.MoveToImmutable();
        }

        private static int ComparePath(Label left, Label right)
        {
            var a = left.Nodes();
            var b = right.Nodes();
            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                var order = a[i].CompareTo(b[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return a.Count.CompareTo(b.Count);
        }

        private List<ControlKey> Nodes()
        {
            var nodes = new List<ControlKey>(Hops + 1);
            for (var label = this; label is not null; label = label.Previous)
            {
                nodes.Add(label.Node);
            }

            nodes.Reverse();
            return nodes;
        }
    }
}
