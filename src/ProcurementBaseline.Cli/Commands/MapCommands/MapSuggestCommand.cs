using ProcurementBaseline.Text;
using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Harmonisation.Suggestions;
using ProcurementBaseline.Yaml.Crosswalks;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>procbase map suggest SOURCE TARGET</c>: ranked candidate mappings for standards bodies to review.</summary>
public static class MapSuggestCommand
{
    private static readonly Dictionary<string, ControlLevel?> Levels = new(StringComparer.Ordinal)
    {
        ["auto"] = null, ["any"] = ControlLevel.Any, ["top"] = ControlLevel.Top, ["leaf"] = ControlLevel.Leaf,
    };

    public static Command Create(CliContext cli)
    {
        var source = new Argument<string>("source") { Description = "The catalog to map from (id@version, or id for the latest)." };
        var target = new Argument<string>("target") { Description = "The catalog to map to." };
        var top = CommonOptions.Count("--top", "-k", "Candidates per source control.", 5, 1);
        var output = new Option<string?>("--out", "-o") { Description = "Write the suggestions as a draft crosswalk (status draft, provenance suggested, method automation) to this file." };
        var evaluate = new Option<bool>("--evaluate") { Description = "Measure against the reviewed crosswalks from SOURCE to TARGET: recall@1/5/10, precision@1 and MRR with 95% intervals, in sample and leave-one-crosswalk-out." };
        var level = new Option<ControlLevel?>("--level")
        {
            Description = "Which target controls to propose: auto (default: the level reviewed mappings into TARGET use), any, top (practices, base controls, control objectives) or leaf (tasks, enhancements, detailed controls).",
            CustomParser = result => CommonOptions.Word(result, "--level", Levels),
        };
        var date = CommonOptions.Date("--date", "Date recorded on the draft mappings (YYYY-MM-DD). Default: today.");
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Formats("text", "md", "json", "yaml");
        var semantic = new SuggestionOptions();
        var command = new Command("suggest", "Rank candidate target controls for each source control (BM25 over stemmed terms, fused with sentence embeddings when the add-on is installed) and propose a relationship.")
        {
            source, target, top, output, evaluate, level, date, standards, format,
        };
        semantic.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var from = loaded.Standards.Catalogs.Resolve(parse.GetValue(source)!);
            var to = loaded.Standards.Catalogs.Resolve(parse.GetValue(target)!);
            if (from is null || to is null)
            {
                cli.Error.WriteLine($"error: no catalog '{VisibleText.Escape((from is null ? parse.GetValue(source) : parse.GetValue(target)) ?? "")}' is loaded; see 'procbase catalog list'.");
                return ExitCodes.InputErrors;
            }

            var engine = semantic.Engine(parse, cli, loaded, from, to);
            var run = engine.Suggest(from, to, Math.Max(1, parse.GetValue(top)), parse.GetValue(level));
            var evaluation = parse.GetValue(evaluate) ? engine.Evaluate(c => c.Space.Source.Ref == from.Ref && c.Space.Target.Ref == to.Ref) : default;
            if (parse.GetValue(evaluate) && evaluation.IsEmpty)
            {
                cli.Error.WriteLine($"note: no reviewed crosswalk maps {from.Ref} to {to.Ref}; there is nothing to measure against (see 'procbase map evaluate').");
            }

            var chosen = parse.GetValue(format)!;
            string? written = null;
            if (parse.GetValue(output) is { } file)
            {
                var crosswalk = SuggestionCrosswalk.Build(run, parse.GetValue(date) ?? cli.Today);
                AtomicFileWriter.WriteText(Path.GetFullPath(file, cli.WorkingDirectory), CrosswalkYamlWriter.Write(crosswalk, null, SuggestionCrosswalk.Header));
                written = file;
                (chosen == "text" ? cli.Out : cli.Error).WriteLine($"Wrote {VisibleText.Escape(file)}: {run.Suggestions.Length:N0} suggested mappings for {from.Ref} → {to.Ref}.");
            }

            switch (chosen)
            {
                case "json":
                    cli.Out.Write(CliJson.Serialize(SuggestionReport.Json(run, engine, written, evaluation.IsDefault ? null : evaluation)));
                    break;
                case "yaml":
                    cli.Out.Write(CrosswalkYamlWriter.Write(SuggestionCrosswalk.Build(run, parse.GetValue(date) ?? cli.Today), null, SuggestionCrosswalk.Header));
                    break;
                default:
                    var markdown = chosen == "md";
                    if (written is null)
                    {
                        SuggestionReport.Write(cli.Out, run, markdown);
                    }

                    if (!evaluation.IsDefault)
                    {
                        SuggestionReport.WriteEvaluation(cli.Out, [("calibrated", evaluation)], markdown);
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
