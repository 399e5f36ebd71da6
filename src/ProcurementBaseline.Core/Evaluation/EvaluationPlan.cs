using System.Collections.Immutable;
using ProcurementBaseline.Baselines;
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
    private EvaluationPlan(ResolvedBaseline baseline, ImmutableArray<ImmutableArray<CoverageCandidate>> candidates)
    {
        Baseline = baseline;
        Candidates = candidates;
    }

    public ResolvedBaseline Baseline { get; }

    /// <summary>Per required control (same order as <see cref="ResolvedBaseline.Controls"/>), the candidates best first.</summary>
    public ImmutableArray<ImmutableArray<CoverageCandidate>> Candidates { get; }

    public static EvaluationPlan Compile(ResolvedBaseline baseline, MappingGraph graph)
    {
        var policy = baseline.Baseline.Policy.Mappings;
        var candidates = baseline.Controls
            .AsParallel().AsOrdered()
            .Select(r => policy is null ? [] : CandidatesFor(r.Key, graph, policy))
            .ToImmutableArray();
        return new EvaluationPlan(baseline, candidates);
    }

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
