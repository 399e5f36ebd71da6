using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Cli.Commands.CatalogCommands;
using ProcurementBaseline.Application.Planning;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Planning;
using ProcurementBaseline.Yaml.Baselines;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>procbase harmonise --nations AU,US,IN,JP --out FILE</c>: the common baseline of several nations.</summary>
public static class HarmoniseCommand
{
    public static Command Create(CliContext cli)
    {
        var nations = new Option<string>("--nations") { Description = "Nations to harmonise, comma-separated: AU, US, IN, JP.", DefaultValueFactory = _ => "AU,US,IN,JP" };
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "A nation's baseline as NATION=id. Default: the shipped baseline of that jurisdiction that requires the most controls." };
        var prefer = new Option<string?>("--prefer") { Description = "Among plans of the same size, prefer claims in this catalog version (such as nist-ssdf@1.1)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the common baseline to this file." };
        var id = new Option<string>("--id") { Description = "The common baseline's id.", DefaultValueFactory = _ => "quad-common" };
        var version = new Option<string>("--version") { Description = "The common baseline's version.", DefaultValueFactory = _ => "1" };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Formats("text", "md", "json");
        var command = new Command("harmonise", "Build the common baseline of several nations from their attest-once plan: the requirements one claim (or one set of claims) meets in two or more nations, and each nation's residual.")
        {
            nations, baselines, prefer, output, id, version, standards, format,
        };
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var chosen = Nations(parse.GetValue(nations)!, parse.GetValue(baselines) ?? [], loaded.Standards, cli);
            if (chosen is null || PlanCommand.Choose([.. chosen.Values.Select(b => b.Baseline.Id)], parse.GetValue(prefer), loaded, cli) is not { } choice)
            {
                return ExitCodes.Usage;
            }

            var ordered = chosen.OrderBy(n => n.Key).Select(n => n.Value).ToList();
            var report = PlanReport.Build(ordered, loaded.Graph, cli.Today, choice.Preferred);
            var common = CommonBaseline.Build(report.Plan, chosen);
            string? written = null;
            if (parse.GetValue(output) is { } file)
            {
                var path = Path.GetFullPath(file, cli.WorkingDirectory);
                var baseline = common.ToBaseline(parse.GetValue(id)!, parse.GetValue(version)!);
                AtomicFileWriter.WriteText(path, BaselineYamlWriter.Write(baseline, SchemaLink.For(path, "baseline.schema.json"),
                    "Written by procbase harmonise from the shipped baselines and crosswalks; regenerate rather than edit."));
                written = file;
            }

            cli.Out.Write(parse.GetValue(format) switch
            {
                "json" => CliJson.Serialize(CommonBaselineWriter.Json(report, common, written)),
                "md" => CommonBaselineWriter.Markdown(report, common, written),
                _ => CommonBaselineWriter.Text(report, common, written),
            });
            return report.Plan.MeetsEveryMust ? ExitCodes.Success : ExitCodes.InternalError;
        });
        return command;
    }

    private static Dictionary<Jurisdiction, ResolvedBaseline>? Nations(string nations, string[] overrides, StandardsSet standards, CliContext cli)
    {
        var chosen = new Dictionary<Jurisdiction, ResolvedBaseline>();
        var named = overrides.Select(o => o.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        foreach (var word in nations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!CatalogWords.Jurisdictions.TryParse(word.ToUpperInvariant(), out var nation) || nation == Jurisdiction.Quad)
            {
                cli.Error.WriteLine($"error: '{word}' is not a nation; use AU, US, IN or JP.");
                return null;
            }

            // By default a nation's broadest baseline: the US has the CISA form's besides the federal one, which asks for more.
            var candidates = named.TryGetValue(word, out var baselineId)
                ? standards.Baselines.Where(b => b.Baseline.Id == baselineId).ToList()
                : [.. standards.Baselines.Where(b => b.Baseline.Jurisdiction == nation).OrderByDescending(b => b.Controls.Length).ThenBy(b => b.Baseline.Id, StringComparer.Ordinal).Take(1)];
            if (candidates.Count != 1)
            {
                cli.Error.WriteLine($"error: no baseline {(baselineId is null ? $"for {nation}" : $"'{baselineId}'")}; name one with --baseline {nation}=<id>.");
                return null;
            }

            chosen[nation] = candidates[0];
        }

        return chosen;
    }
}
