using System.Globalization;
using System.Text;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Reports.Escaping;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Application.Planning;

/// <summary>The attest-once plan as text (terminal-safe), Markdown (escaped) or JSON.</summary>
public static class PlanWriter
{
    public static string Json(PlanReport report) => ApplicationJson.Serialize(new PlanJson(
        [.. report.Shares.Select(s => new PlanBaselineJson(s.Baseline, s.Nation.ToString(), s.Must, s.Direct, s.ViaMapping, Math.Round(s.ViaMappingShare, 4), s.DirectOnly))],
        Summary(report),
        [.. report.Claims.Select(c => new PlanClaimJson(c.Control.ToString(), c.Title, [.. c.Meets.Select(Cover)], c.AlsoHelps.IsEmpty ? null : [.. c.AlsoHelps.Select(Cover)]))],
        report.Baselines.Select((b, i) => (b, i)).ToDictionary(p => p.b.Baseline.Id, p => (IReadOnlyList<string>)[.. report.Plan.DirectOnly[p.i].Select(c => c.Key.ToString())], StringComparer.Ordinal)));

    /// <summary>The plan's size, quality and check, as plan and harmonise both print it.</summary>
    public static PlanSummaryJson Summary(PlanReport report) => new(report.Plan.Claims.Length, report.Plan.MustCount, report.Plan.Optimal,
        report.Plan.LowerBound, report.Plan.SearchNodes, report.Plan.Preferred?.ToString(), report.Plan.MeetsEveryMust);

    private static PlanCoverJson Cover(PlannedCover c) => new(c.Baseline, c.Required.Key.ToString(), c.Required.Priority.ToString().ToLowerInvariant(), c.How);

    public static string Text(PlanReport report)
    {
        var w = new StringBuilder();
        Headline(report, line => w.AppendLine(VisibleText.Escape(line)));
        w.AppendLine();
        w.AppendLine("baseline                  nation  must  claimed  via mappings  only direct");
        foreach (var s in report.Shares)
        {
            w.AppendLine(VisibleText.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{s.Baseline,-25} {s.Nation,-6} {s.Must,5} {s.Direct,8} {s.ViaMapping,6} ({Score.Percent(s.ViaMappingShare),4}) {s.DirectOnly,11}")));
        }

        w.AppendLine();
        w.AppendLine("Claims, each with the must controls it meets:");
        foreach (var claim in report.Claims)
        {
            w.AppendLine(VisibleText.Escape($"  {claim.Control}  {claim.Title}"));
            foreach (var group in claim.Meets.GroupBy(m => m.Baseline))
            {
                w.AppendLine(VisibleText.Escape($"    {group.Key}: {string.Join("; ", group.Select(m => m.How is null ? $"{m.Required.Key.ControlId} (claimed directly)" : $"{m.Required.Key.ControlId} {m.How}"))}"));
            }

            if (!claim.AlsoHelps.IsEmpty)
            {
                w.AppendLine(VisibleText.Escape($"    also helps with (in part): {string.Join(", ", claim.AlsoHelps.Select(m => $"{m.Required.Key.ControlId} ({m.Baseline})").Distinct())}"));
            }
        }

        return w.ToString();
    }

    public static string Markdown(PlanReport report)
    {
        var w = new StringBuilder();
        w.AppendLine("# Attest-once plan");
        w.AppendLine();
        Headline(report, line => w.AppendLine(MarkdownText.Escape(line)));
        w.AppendLine();
        w.AppendLine("| baseline | nation | must | claimed | via mappings | only a direct claim |");
        w.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var s in report.Shares)
        {
            w.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Escape(s.Baseline)} | {s.Nation} | {s.Must} | {s.Direct} | {s.ViaMapping} ({Score.Percent(s.ViaMappingShare)}) | {s.DirectOnly} |"));
        }

        w.AppendLine();
        w.AppendLine("## Claims");
        w.AppendLine();
        w.AppendLine("| claim | meets | also helps with (in part) |");
        w.AppendLine("|---|---|---|");
        foreach (var claim in report.Claims)
        {
            var meets = string.Join("<br>", claim.Meets.Select(m => MarkdownText.Escape($"{m.Baseline}: {m.Required.Key.ControlId}{(m.How is null ? " (directly)" : " " + m.How)}")));
            var helps = string.Join(", ", claim.AlsoHelps.Select(m => MarkdownText.Escape($"{m.Required.Key.ControlId} ({m.Baseline})")).Distinct());
            w.Append("| ").Append(MarkdownText.Escape($"{claim.Control} {claim.Title}")).Append(" | ").Append(meets).Append(" | ").Append(helps).AppendLine(" |");
        }

        return w.ToString();
    }

    private static void Headline(PlanReport report, Action<string> line)
    {
        var plan = report.Plan;
        line($"Attest-once plan for {string.Join(", ", report.Baselines.Select(b => $"{b.Baseline.Id} ({b.Baseline.Jurisdiction})"))}:");
        line($"{plan.Claims.Length} claims meet all {plan.MustCount} must controls{(plan.Preferred is { } p ? $", preferring {p}" : "")}; {report.Quality}.");
        line(plan.MeetsEveryMust
            ? "Checked: a submission implementing exactly these claims passes every must control of every baseline."
            : "Check failed: a submission implementing these claims does not meet every must control (this is a bug; please report it).");
        line($"{report.Shares.Sum(s => s.DirectOnly)} must controls can only be met by a claim on the control itself (no accepted mapping covers them in full).");
    }
}
