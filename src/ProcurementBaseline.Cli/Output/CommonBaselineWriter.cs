using System.Text;
using ProcurementBaseline.Application.Planning;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Planning;
using ProcurementBaseline.Reports.Escaping;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Output;

/// <summary><c>harmonise</c>'s output: the common requirements with their claims and members per nation, and each nation's residual.</summary>
public static class CommonBaselineWriter
{
    public static HarmonisationJson Json(PlanReport report, CommonBaseline common, string? written) => new(
        [.. common.Nations.Select(n => new NationBaselineJson(n.Key.ToString(), n.Value.Baseline.Id))],
        PlanWriter.Summary(report),
        [.. common.Common.Select(c => new CommonRequirementJson([.. c.Claims.Select(k => k.ToString())],
            c.Members.ToDictionary(m => m.Key.ToString(), m => (IReadOnlyList<string>)[.. m.Value.Select(r => r.Key.ToString())], StringComparer.Ordinal)))],
        common.Residual.ToDictionary(r => r.Key.ToString(), r => (IReadOnlyList<string>)[.. r.Value.Select(c => c.Key.ToString())], StringComparer.Ordinal),
        written);

    public static string Text(PlanReport report, CommonBaseline common, string? written)
    {
        var w = new StringBuilder();
        foreach (var line in Lines(report, common, written, (claims, members) => [$"  {claims}", $"      {members}"]))
        {
            w.AppendLine(VisibleText.Escape(line));
        }

        return w.ToString();
    }

    public static string Markdown(PlanReport report, CommonBaseline common, string? written)
    {
        var w = new StringBuilder("# Common baseline\n\n");
        foreach (var line in Lines(report, common, written, (claims, members) => [$"- **{MarkdownText.Escape(claims)}**: {MarkdownText.Escape(members)}"], MarkdownText.Escape))
        {
            w.AppendLine(line).AppendLine();
        }

        return w.ToString();
    }

    private static IEnumerable<string> Lines(PlanReport report, CommonBaseline common, string? written, Func<string, string, IEnumerable<string>> requirement, Func<string, string>? escape = null)
    {
        escape ??= s => s;
        var names = string.Join(", ", common.Nations.Select(n => $"{n.Key} ({n.Value.Baseline.Id})"));
        yield return escape($"Common baseline of {names}, from their attest-once plan: {report.Plan.Claims.Length} claims meet all {report.Plan.MustCount} must controls ({report.Quality}).");
        yield return escape($"{common.Common.Length} common requirements: a claim, or claims together, that meets required controls of two or more nations.");
        foreach (var c in common.Common)
        {
            foreach (var line in requirement(string.Join(" + ", c.Claims), string.Join("; ", c.Members.Select(m => $"{m.Key}: {string.Join(", ", m.Value.Select(r => r.Key.ControlId))}"))))
            {
                yield return line;
            }
        }

        foreach (var (nation, residual) in common.Residual)
        {
            var must = residual.Count(r => r.Priority == Baselines.Priority.Must);
            yield return escape($"Residual {nation}: {residual.Length} of the {common.Nations[nation].Controls.Length} controls of {common.Nations[nation].Baseline.Id} ({must} must) are met by no claim shared with another nation.");
        }

        if (written is not null)
        {
            yield return escape($"Wrote {written}: {report.Plan.Claims.Length} must claims and {common.UnmetShoulds.Count()} should controls the plan leaves unmet.");
        }
    }
}
