using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Cli.Commands.CatalogCommands;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Yaml.Baselines;
using ProcurementBaseline.Yaml.Catalogs;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>procbase harmonise --nations AU,US,IN,JP --out FILE</c>: the common baseline of several nations.</summary>
public static class HarmoniseCommand
{
    public static Command Create(CliContext cli)
    {
        var nations = new Option<string>("--nations") { Description = "Nations to harmonise, comma-separated: AU, US, IN, JP.", DefaultValueFactory = _ => "AU,US,IN,JP" };
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "A nation's baseline as NATION=id. Default: the shipped baseline of that jurisdiction that requires the most controls." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the common baseline to this file." };
        var id = new Option<string>("--id") { Description = "The common baseline's id.", DefaultValueFactory = _ => "quad-common" };
        var version = new Option<string>("--version") { Description = "The common baseline's version.", DefaultValueFactory = _ => "1" };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("harmonise", "Build the common baseline of several nations: the equivalence clusters every one of them requires, plus each nation's residual controls.")
        {
            nations, baselines, output, id, version, standards, format,
        };
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var chosen = Nations(parse.GetValue(nations)!, parse.GetValue(baselines) ?? [], loaded.Standards, cli);
            if (chosen is null)
            {
                return ExitCodes.Usage;
            }

            var common = CommonBaseline.Build(loaded.Graph, chosen, MappingPolicy.Default);
            var json = parse.GetValue(format) == OutputFormat.Json;
            string? written = null;
            if (parse.GetValue(output) is { } file)
            {
                var path = Path.GetFullPath(file, cli.WorkingDirectory);
                var baseline = common.ToBaseline(parse.GetValue(id)!, parse.GetValue(version)!, chosen);
                AtomicFileWriter.WriteText(path, BaselineYamlWriter.Write(baseline, SchemaLink.For(path, "baseline.schema.json"),
                    "Written by procbase harmonise from the shipped baselines and crosswalks; regenerate rather than edit."));
                written = file;
            }

            if (json)
            {
                cli.Out.Write(CliJson.Serialize(new HarmonisationJson(
                    [.. chosen.OrderBy(n => n.Key.ToString(), StringComparer.Ordinal).Select(n => new NationBaselineJson(n.Key.ToString(), n.Value.Baseline.Id))],
                    [.. common.Common.Select(c => c.Members.Select(m => m.ToString()).ToList())],
                    [.. common.Partial.Select(c => c.Members.Select(m => m.ToString()).ToList())],
                    common.Residual.ToDictionary(r => r.Key.ToString(), r => (IReadOnlyList<string>)[.. r.Value.Select(c => c.Key.ToString())], StringComparer.Ordinal),
                    written)));
                return ExitCodes.Success;
            }

            cli.Out.WriteLine($"Common to {string.Join(", ", chosen.Keys.Order())}: {common.Common.Length} equivalence clusters.");
            foreach (var cluster in common.Common)
            {
                cli.Out.WriteLine($"  {cluster}");
            }

            if (!common.Partial.IsEmpty)
            {
                cli.Out.WriteLine($"Clusters shared by some but not all ({common.Partial.Length}):");
                foreach (var cluster in common.Partial)
                {
                    cli.Out.WriteLine($"  {cluster}");
                }
            }

            foreach (var (nation, residual) in common.Residual)
            {
                cli.Out.WriteLine($"Residual {nation}: {residual.Length} controls of {chosen[nation].Baseline.Id} in no common cluster.");
            }

            if (written is not null)
            {
                cli.Out.WriteLine($"Wrote {written}.");
            }

            return ExitCodes.Success;
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
