using System.Collections.Immutable;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// Compiles, for a control, every way claims can cover it within the hop cap (harmonisation.md §3–3a): each valid
/// path of pairwise mappings, the best per start, and each combined mapping whose target reaches the control by a
/// valid path, with a rule for each member and the hops its branches have left. Rules are memoised by control and
/// budget, so the work is bounded by the graph's size times the hop cap, whatever the mappings' shape. Safe to call
/// from several threads: the rules are made under a lock (rule ids then depend on timing, which nothing output shows).
/// </summary>
internal sealed class CoverageCompiler(MappingGraph graph, MappingPolicy policy)
{
    private readonly Dictionary<(ControlKey Control, int Budget), CoverageRule> _rules = [];
    private readonly List<CoverageRule> _list = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<CoverageRule> Rules
    {
        get
        {
            lock (_lock)
            {
                return [.. _list];
            }
        }
    }

    /// <summary>The pairwise candidates for <paramref name="target"/>, best first, and the combined mappings that reach it.</summary>
    public (ImmutableArray<CoverageCandidate> Candidates, ImmutableArray<JointCandidate> Joints) Compile(ControlKey target, int budget)
    {
        var best = new Dictionary<(ControlKey, CoverageLevel), CoverageCandidate>();
        var joints = new Dictionary<(CombinedEdge, int, CoverageLevel?, CoverageLevel?), JointCandidate>();
        var path = new Stack<MappingEdge>();
        Joints(target, []);
        Walk(target, 0);
        ImmutableArray<CoverageCandidate> candidates = [.. best.Values
            .OrderBy(c => c.Level)
            .ThenByDescending(c => c.Strength)
            .ThenBy(c => c.Path.Hops)
            .ThenBy(c => c.Source)];
        return (candidates, [.. joints.Values]);

        void Walk(ControlKey node, int depth)
        {
            if (depth == budget)
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
                    // The best full and the best partial path per start: below a combined subset-of, a stronger
                    // partial path counts for more than a weaker full one.
                    var candidate = new CoverageCandidate(edge.From, level, new CoveragePath(edges));
                    if (!best.TryGetValue((edge.From, level), out var held) || Better(candidate, held))
                    {
                        best[(edge.From, level)] = candidate;
                    }

                    Joints(edge.From, edges);
                    Walk(edge.From, depth + 1);
                }

                path.Pop();
            }
        }

        void Joints(ControlKey node, ImmutableArray<MappingEdge> suffix)
        {
            var left = budget - suffix.Length - 1;
            if (left < 0)
            {
                return;
            }

            foreach (var edge in graph.CombinedInto(node))
            {
                if (!policy.Accepts(edge.Mapping))
                {
                    continue;
                }

                // A member that is the control being compiled can never help cover it (that would need it covered
                // already); with the others it can still give partial coverage. Of the paths from one combined mapping's target, keep per length and levels the strongest: a
                // shorter one leaves its members more hops, so it is not dominated by a stronger longer one.
                var joint = new JointCandidate(edge, suffix, [.. edge.Members.Select(m => m == target ? Never(m) : Rule(m, left))]);
                var key = (edge, suffix.Length, joint.WhenAll, joint.WhenSome);
                if ((joint.WhenAll is not null || joint.WhenSome is not null)
                    && (!joints.TryGetValue(key, out var held) || joint.SuffixStrength > held.SuffixStrength))
                {
                    joints[key] = joint;
                }
            }
        }
    }

    /// <summary>A rule that never covers its control: for a combined mapping's member that is the control being compiled.</summary>
    private CoverageRule Never(ControlKey control) => Rule(control, Unreachable);

    private const int Unreachable = -1;

    /// <summary>The rule for a member of a combined mapping whose branches may take at most <paramref name="budget"/> more mappings.</summary>
    private CoverageRule Rule(ControlKey control, int budget)
    {
        lock (_lock)
        {
            if (_rules.TryGetValue((control, budget), out var rule))
            {
                return rule;
            }

            // Members below have smaller budgets, so the recursion ends within the hop cap.
            var (candidates, joints) = budget <= 0 ? ([], []) : Compile(control, budget);
            rule = new CoverageRule(_list.Count, control, budget, candidates) { Joints = joints };
            _rules.Add((control, budget), rule);
            _list.Add(rule);
            return rule;
        }
    }

    private static bool Better(CoverageCandidate a, CoverageCandidate b) =>
        a.Level != b.Level ? a.Level == CoverageLevel.Full
        : a.Strength != b.Strength ? a.Strength > b.Strength
        : a.Path.Hops < b.Path.Hops;
}
