using System.Collections.Immutable;
using ProcurementBaseline.Baselines;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// The verdict rules: pass when every must control is met (directly or through mappings) or accepted N/A;
/// conditional when no must control is not-met, unclaimed or has an evidence problem and every remaining must gap
/// is planned inside the window (a partial claim counts when its plan covers the rest); fail otherwise.
/// Should controls lower the score, never the verdict.
/// </summary>
public static class Verdicts
{
    public static (Verdict Verdict, ImmutableArray<string> Reasons) Decide(IReadOnlyCollection<Finding> findings)
    {
        var musts = 0;
        List<Finding>? failing = null, planned = null;
        foreach (var f in findings)
        {
            if (f.Priority != Priority.Must)
            {
                continue;
            }

            musts++;
            if (f.Kind is FindingKind.NotMet or FindingKind.NoClaim or FindingKind.EvidenceProblem || (f.Kind == FindingKind.PartiallyMet && !f.RemainderPlanned))
            {
                (failing ??= []).Add(f);
            }
            else if (f.Kind is FindingKind.Planned or FindingKind.PartiallyMet)
            {
                (planned ??= []).Add(f);
            }
        }
        var reasons = ImmutableArray.CreateBuilder<string>();
        if (failing is not null)
        {
            foreach (var group in failing.GroupBy(f => f.Kind).OrderBy(g => g.Key))
            {
                reasons.Add($"{group.Count()} must control{(group.Count() == 1 ? " is" : "s are")} {Word(group.Key)}: {List(group)}");
            }

            return (Verdict.Fail, reasons.ToImmutable());
        }

        if (planned is not null)
        {
            reasons.Add($"{planned.Count} must control{(planned.Count == 1 ? " is" : "s are")} planned inside the window, the last due {planned.Max(f => f.Due):yyyy-MM-dd}: {List(planned)}");
            return (Verdict.Conditional, reasons.ToImmutable());
        }

        reasons.Add($"All {musts} must controls are met or accepted as not applicable.");
        return (Verdict.Pass, reasons.ToImmutable());
    }

    public static string Word(FindingKind kind) => kind switch
    {
        FindingKind.Met => "met",
        FindingKind.MetViaMapping => "met-via-mapping",
        FindingKind.PartiallyMet => "partially-met",
        FindingKind.Planned => "planned",
        FindingKind.NotApplicable => "not-applicable",
        FindingKind.NotMet => "not-met",
        FindingKind.EvidenceProblem => "evidence-problem",
        _ => "no-claim",
    };

    private static string List(IEnumerable<Finding> findings)
    {
        var ids = findings.Select(f => f.Control.ControlId).ToList();
        return ids.Count <= 8 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(8))} and {ids.Count - 8} more";
    }
}
