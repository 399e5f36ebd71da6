using System.Collections.Immutable;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// How one control can be covered by claims within a number of hops: a claim on it, the pairwise candidates best
/// first, and the combined mappings that reach it. A member of a combined mapping is judged by its rule; rules are
/// shared, so evaluating a submission judges each at most once.
/// </summary>
public sealed class CoverageRule
{
    internal CoverageRule(int id, ControlKey control, int budget, ImmutableArray<CoverageCandidate> candidates)
    {
        Id = id;
        Control = control;
        Budget = budget;
        Candidates = candidates;
    }

    /// <summary>The rule's index in <see cref="EvaluationPlan.Rules"/>.</summary>
    public int Id { get; }

    public ControlKey Control { get; }

    /// <summary>The most mappings any branch below this control may still take; negative for a rule that never covers it.</summary>
    public int Budget { get; }

    public ImmutableArray<CoverageCandidate> Candidates { get; }

    public ImmutableArray<JointCandidate> Joints { get; internal set; } = [];

    /// <summary>The slot of a claim on <see cref="Control"/>; -1 when a claim on it must not count here.</summary>
    public int Slot { get; internal set; }

    public int[] CandidateSlots { get; internal set; } = [];
}
