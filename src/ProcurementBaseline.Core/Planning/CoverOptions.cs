using System.Collections.Immutable;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Planning;

/// <summary>
/// The sets of claims that each cover one required control in full under its baseline's compiled plan: the control
/// itself, each control with a full path to it, and for each combined mapping every way of covering all its members.
/// Combinations are capped at <see cref="MaxOptions"/> per control, the smallest kept, so a hostile crosswalk cannot
/// make the planner's input grow without bound.
/// </summary>
public static class CoverOptions
{
    public const int MaxOptions = 32;

    /// <summary>Per required control of <paramref name="plan"/>, its options, smallest first.</summary>
    public static ImmutableArray<ImmutableArray<ImmutableSortedSet<ControlKey>>> For(EvaluationPlan plan)
    {
        var memo = new Dictionary<int, ImmutableArray<ImmutableSortedSet<ControlKey>>>();
        return [.. plan.Baseline.Controls.Select((required, i) => Options(
            required.Key, plan.Candidates[i], plan.Joints[i], memo))];
    }

    private static ImmutableArray<ImmutableSortedSet<ControlKey>> Options(ControlKey control, ImmutableArray<CoverageCandidate> candidates, ImmutableArray<JointCandidate> joints,
        Dictionary<int, ImmutableArray<ImmutableSortedSet<ControlKey>>> memo)
    {
        var options = new List<ImmutableSortedSet<ControlKey>> { ImmutableSortedSet.Create(control) };
        options.AddRange(candidates.Where(c => c.Level == CoverageLevel.Full).Select(c => ImmutableSortedSet.Create(c.Source)));
        foreach (var joint in joints.Where(j => j.WhenAll == CoverageLevel.Full))
        {
            IEnumerable<ImmutableSortedSet<ControlKey>> product = [ImmutableSortedSet<ControlKey>.Empty];
            foreach (var member in joint.Members)
            {
                var ways = Options(member, memo);
                product = Smallest(product.SelectMany(p => ways.Select(w => p.Union(w))));
            }

            options.AddRange(product);
        }

        return Smallest(options);
    }

    private static ImmutableArray<ImmutableSortedSet<ControlKey>> Options(CoverageRule rule, Dictionary<int, ImmutableArray<ImmutableSortedSet<ControlKey>>> memo)
    {
        if (rule.Budget < 0)
        {
            return [];
        }

        if (!memo.TryGetValue(rule.Id, out var options))
        {
            memo[rule.Id] = options = Options(rule.Control, rule.Candidates, rule.Joints, memo);
        }

        return options;
    }

    /// <summary>Distinct sets, no set a superset of a kept one, smallest first, at most <see cref="MaxOptions"/>.</summary>
    private static ImmutableArray<ImmutableSortedSet<ControlKey>> Smallest(IEnumerable<ImmutableSortedSet<ControlKey>> sets)
    {
        var kept = new List<ImmutableSortedSet<ControlKey>>();
        foreach (var set in sets.OrderBy(s => s.Count).ThenBy(s => string.Join(" ", s), StringComparer.Ordinal).Take(MaxOptions * 8))
        {
            if (kept.Count < MaxOptions && !kept.Any(k => k.IsSubsetOf(set)))
            {
                kept.Add(set);
            }
        }

        return [.. kept];
    }
}
