using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Planning;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Commands.AssessCommands;

namespace ProcurementBaseline.Cli.Commands;

/// <summary>
/// <c>procbase plan -b a,b,c [--prefer catalog@version] [--format text|md|json] [--out file]</c>: the attest-once plan
/// (harmonisation.md §6), the smallest set of claims that meets every must control of every baseline given.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliContext cli)
    {
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "The baselines to meet: ids separated by commas or by repeating the option.", Required = true };
        var prefer = new Option<string?>("--prefer") { Description = "Among plans of the same size, prefer claims in this catalog version (such as nist-ssdf@1.1)." };
        var format = CommonOptions.Formats("text", "md", "json");
        var output = new Option<string?>("--out", "-o") { Description = "Write the plan to this file instead of standard output." };
        var asOf = CommonOptions.Date("--as-of", "The date the plan's check judges evidence at (YYYY-MM-DD). Default: today (UTC).");
        var standards = CommonOptions.Standards();
        var command = new Command("plan", "The attest-once plan: the fewest controls to claim so that every must control of every given baseline is met, directly or through accepted mappings.")
        {
            baselines, prefer, format, output, asOf, standards,
        };
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            if (Choose(parse.GetValue(baselines) ?? [], parse.GetValue(prefer), loaded, cli) is not { } chosen)
            {
                return ExitCodes.Usage;
            }

            var report = PlanReport.Build(chosen.Baselines, loaded.Graph, parse.GetValue(asOf) ?? cli.Today, chosen.Preferred);
            var text = parse.GetValue(format) switch
            {
                "json" => PlanWriter.Json(report),
                "md" => PlanWriter.Markdown(report),
                _ => PlanWriter.Text(report),
            };
            if (parse.GetValue(output) is { } file)
            {
                AtomicFileWriter.WriteText(Path.GetFullPath(file, cli.WorkingDirectory), text);
                cli.Error.WriteLine($"Wrote {file}.");
            }
            else
            {
                cli.Out.Write(text);
            }

            return report.Plan.MeetsEveryMust ? ExitCodes.Success : ExitCodes.InternalError;
        });
        return command;
    }

    internal sealed record Choice(List<Baselines.ResolvedBaseline> Baselines, CatalogRef? Preferred);

    /// <summary>The baselines and preferred catalog named on the command line; null (after a usage error) when one is unknown.</summary>
    internal static Choice? Choose(IReadOnlyList<string> names, string? prefer, HarmonisationSet loaded, CliContext cli)
    {
        if (BaselineOptions.Resolve(names, loaded.Standards, cli) is not { Count: > 0 } resolved)
        {
            if (names.Count == 0)
            {
                cli.Error.WriteLine("error: name the baselines to plan for with --baseline.");
            }

            return null;
        }

        CatalogRef? preferred = null;
        if (prefer is not null)
        {
            if (loaded.Standards.Catalogs.Resolve(prefer) is not { } catalog)
            {
                cli.Error.WriteLine($"error: --prefer '{Text.VisibleText.Escape(prefer)}' is not a loaded catalog; write id@version, such as nist-ssdf@1.1.");
                return null;
            }

            preferred = catalog.Ref;
        }

        return new Choice([.. resolved.DistinctBy(b => b.Baseline.Id)], preferred);
    }
}
