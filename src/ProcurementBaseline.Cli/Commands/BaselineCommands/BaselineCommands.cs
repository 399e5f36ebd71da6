using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Commands.BaselineCommands;

/// <summary><c>procbase baseline list</c> and <c>baseline show</c>: the procurement policies, readable without opening their YAML.</summary>
public static class BaselineCommands
{
    public static Command Create(CliContext cli) => new("baseline", "List the procurement baselines and show what one requires and accepts.")
    {
        CreateList(cli),
        CreateShow(cli),
    };

    private static Command CreateList(CliContext cli)
    {
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("list", "List the baselines: id, version, jurisdiction and how many controls each requires.") { standards, format };
        command.SetAction(parse =>
        {
            if (Load(parse.GetValue(standards), cli) is not { } set)
            {
                return ExitCodes.InputErrors;
            }

            var summaries = set.Baselines.Select(BaselineFacts.Summary).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                cli.Out.Write(CliJson.Serialize(new BaselineListJson(summaries)));
                return ExitCodes.Success;
            }

            var table = new TextTable("BASELINE", "VERSION", "JURISDICTION", "CONTROLS", "MUST", "SHOULD", "TITLE");
            foreach (var s in summaries)
            {
                table.Add(s.Id, s.Version, s.Jurisdiction, BaselineFacts.Count(s.Controls), BaselineFacts.Count(s.Must), BaselineFacts.Count(s.Should), s.Title);
            }

            table.WriteTo(cli.Out);
            cli.Out.WriteLine();
            cli.Out.WriteLine("`procbase baseline show <id>` shows a baseline's selection and policy; `procbase attest init -b <id>` starts an attestation for it.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow(CliContext cli)
    {
        var id = new Argument<string>("baseline") { Description = "The baseline's id (see procbase baseline list)." };
        var controls = new Option<bool>("--controls") { Description = "Also list every control the baseline requires." };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("show", "Show a baseline: what it requires per catalog, its selectors, and what it accepts (N/A, plans of action, evidence age, mappings).")
        {
            id, controls, standards, format,
        };
        command.SetAction(parse =>
        {
            if (Load(parse.GetValue(standards), cli) is not { } set)
            {
                return ExitCodes.InputErrors;
            }

            var name = parse.GetValue(id)!;
            if (set.FindBaseline(name) is not { } baseline)
            {
                cli.Error.WriteLine($"error: no baseline '{VisibleText.Escape(name)}'; the loaded baselines are {string.Join(", ", set.Baselines.Select(b => b.Baseline.Id))}.");
                return ExitCodes.InputErrors;
            }

            var detail = BaselineFacts.Detail(baseline, parse.GetValue(controls));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                cli.Out.Write(CliJson.Serialize(detail));
            }
            else
            {
                BaselineText.Write(cli.Out, detail);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static StandardsSet? Load(string? standardsOption, CliContext cli)
    {
        var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(standardsOption, cli.WorkingDirectory)]);
        DiagnosticPrinter.Print(set.Diagnostics, cli.Error);
        return set.HasErrors ? null : set;
    }
}
