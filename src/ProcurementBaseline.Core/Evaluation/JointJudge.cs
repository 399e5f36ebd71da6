using System.Collections.Immutable;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>One way a control is reached: the derivation, a claim it rests on, and the due date of a planned one.</summary>
internal sealed record Reached(Derivation Tree, ClaimAssessment Claim, DateOnly? Due)
{
    public bool IsBetterThan(Reached? other) =>
        other is null || Tree.Strength > other.Tree.Strength || (Tree.Strength == other.Tree.Strength && Tree.Hops < other.Tree.Hops);
}

/// <summary>What claims make of a control through mappings: the best full, planned and partial coverage found.</summary>
internal readonly record struct Covers(Reached? Full, Reached? Planned, Reached? Partial);

/// <summary>
/// Judges combined mappings for one submission (harmonisation.md §3a): a member is judged by its rule once, however
/// many combined mappings share it. Full coverage of the target needs every member covered in full; planned, every
/// member covered in full or planned; partial, at least one member covered (the rest are named as missing).
/// </summary>
internal sealed class JointJudge(EvaluationPlan plan, ClaimAssessment?[] claims)
{
    private readonly Covers?[] _memo = new Covers?[plan.Rules.Length];

    public Covers Judge(ImmutableArray<JointCandidate> joints)
    {
        Reached? full = null, planned = null, partial = null;
        foreach (var joint in joints)
        {
            var (f, p, q) = Judge(joint);
            full = Better(full, f);
            planned = Better(planned, p);
            partial = Better(partial, q);
        }

        return new Covers(full, planned, partial);
    }

    private Covers Rule(CoverageRule rule)
    {
        if (_memo[rule.Id] is { } known)
        {
            return known;
        }

        Reached? full = null, planned = null, partial = null;
        if (rule.Slot >= 0 && claims[rule.Slot] is { } direct)
        {
            switch (direct.Coverage)
            {
                case SourceCoverage.Full:
                    full = new Reached(Derivation.Claim(rule.Control, partialOnly: false), direct, null);
                    break;
                case SourceCoverage.Partial:
                    partial = new Reached(Derivation.Claim(rule.Control, partialOnly: true), direct, null);
                    break;
                case SourceCoverage.Planned:
                    planned = new Reached(Derivation.Claim(rule.Control, partialOnly: false), direct, direct.Due);
                    break;
            }
        }

        for (var c = 0; c < rule.Candidates.Length && full is null; c++)
        {
            if (claims[rule.CandidateSlots[c]] is not { } source)
            {
                continue;
            }

            var candidate = rule.Candidates[c];
            switch (source.Coverage)
            {
                case SourceCoverage.Full when candidate.Level == CoverageLevel.Full:
                    full = new Reached(candidate.Derivation, source, null);
                    break;
                case SourceCoverage.Planned when planned is null && candidate.Level == CoverageLevel.Full:
                    planned = new Reached(candidate.Derivation, source, source.Due);
                    break;
            }
        }

        // A member's partial coverage matters below a combined subset-of even when it is also covered in full, since
        // the partial one may be stronger.
        for (var c = 0; c < rule.Candidates.Length; c++)
        {
            if (claims[rule.CandidateSlots[c]] is { Coverage: SourceCoverage.Full or SourceCoverage.Partial } source)
            {
                var candidate = rule.Candidates[c];
                partial = Better(partial, new Reached(source.Coverage == SourceCoverage.Full ? candidate.Derivation : candidate.PartialDerivation, source, null));
            }
        }

        if (!rule.Joints.IsEmpty)
        {
            var (f, p, q) = Judge(rule.Joints);
            full = Better(full, f);
            planned = Better(planned, p);
            partial = Better(partial, q);
        }

        var covers = new Covers(full, planned, partial);
        _memo[rule.Id] = covers;
        return covers;
    }

    private Covers Judge(JointCandidate joint)
    {
        var members = new Covers[joint.Members.Length];
        var full = 0;
        var fullOrPlanned = 0;
        for (var m = 0; m < members.Length; m++)
        {
            members[m] = Rule(joint.Members[m]);
            full += members[m].Full is null ? 0 : 1;
            fullOrPlanned += members[m].Full is null && members[m].Planned is null ? 0 : 1;
        }

        Reached? whole = null, planned = null, partial = null;
        var edge = joint.Edge;
        if (full == members.Length && joint.WhenAll is { } level)
        {
            var tree = Tree(Derivation.Joint([.. members.Select(m => m.Full!.Tree)], edge), joint);
            var reached = new Reached(tree, members[0].Full!.Claim, null);
            if (level == CoverageLevel.Full)
            {
                whole = reached;
            }
            else
            {
                partial = reached;
            }
        }
        else if (fullOrPlanned == members.Length && joint.WhenAll == CoverageLevel.Full)
        {
            var chosen = members.Select(m => m.Full ?? m.Planned!).ToList();
            var tree = Tree(Derivation.Joint([.. chosen.Select(m => m.Tree)], edge), joint);
            planned = new Reached(tree, (chosen.FirstOrDefault(m => m.Due is not null) ?? chosen[0]).Claim, chosen.Max(m => m.Due));
        }

        // Partial coverage through any one member can be stronger than through all of them (its strength is the
        // strongest covered branch), so it is weighed even when every member is covered.
        if (joint.WhenSome is not null)
        {
            var counted = members.Select(m => Better(m.Full, joint.PartialMembersCount ? m.Partial : null)).ToList();
            if (counted.Any(c => c is not null))
            {
                var tree = Tree(Derivation.JointInPart([.. counted.Select((c, i) => c?.Tree ?? Derivation.Missing(joint.Members[i].Control))], edge), joint);
                partial = Better(partial, new Reached(tree, counted.First(c => c is not null)!.Claim, null));
            }
        }

        return new Covers(whole, planned, partial);
    }

    /// <summary>The stronger of two, the first on a tie.</summary>
    private static Reached? Better(Reached? a, Reached? b) => b is not null && b.IsBetterThan(a) ? b : a;

    private static Derivation Tree(Derivation combined, JointCandidate joint) =>
        Derivation.Along(combined, joint.Suffix)
            ?? throw new InvalidOperationException("A compiled combined mapping's suffix must satisfy the valley-free rule.");
}
