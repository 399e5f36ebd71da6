using System.Collections.Immutable;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// A combined mapping whose target reaches a control along <see cref="Suffix"/> (pairwise mappings, possibly none),
/// compiled once: what it proves when every member is covered in full, what when only some are, and how each member
/// can itself be covered within the hops left (harmonisation.md §3a).
/// </summary>
public sealed class JointCandidate
{
    internal JointCandidate(CombinedEdge edge, ImmutableArray<MappingEdge> suffix, ImmutableArray<CoverageRule> members)
    {
        Edge = edge;
        Suffix = suffix;
        Members = members;
        var steps = suffix.Select(e => e.Step).ToList();
        WhenAll = Level(Relationships.Next(PathPhase.Start, edge.Step), steps);
        WhenSome = Level(PathPhase.Up, steps);
        PartialMembersCount = edge.Step == PathStep.Up;
        SuffixStrength = suffix.IsEmpty ? int.MaxValue : suffix.Min(e => e.Strength);
    }

    /// <summary>The weakest mapping of the suffix (int.MaxValue when there is none).</summary>
    public int SuffixStrength { get; }

    public CombinedEdge Edge { get; }

    /// <summary>The pairwise mappings from the combined mapping's target on, in order of travel.</summary>
    public ImmutableArray<MappingEdge> Suffix { get; }

    public ImmutableArray<CoverageRule> Members { get; }

    /// <summary>What the whole proves when every member is covered in full; null when nothing.</summary>
    public CoverageLevel? WhenAll { get; }

    /// <summary>What it proves when only some members are covered (an across step); null when nothing.</summary>
    public CoverageLevel? WhenSome { get; }

    /// <summary>
    /// For a combined subset-of, a member covered in part still lies inside the target, so it counts towards partial
    /// coverage; below superset-of or intersects-with a partly covered member would break the valley-free rule.
    /// </summary>
    public bool PartialMembersCount { get; }

    internal static CoverageLevel? Level(PathPhase phase, IEnumerable<PathStep> steps)
    {
        foreach (var step in steps)
        {
            if (phase == PathPhase.Invalid)
            {
                return null;
            }

            phase = Relationships.Next(phase, step);
        }

        return phase switch
        {
            PathPhase.Down => CoverageLevel.Full,
            PathPhase.Up => CoverageLevel.Partial,
            _ => null,
        };
    }
}
