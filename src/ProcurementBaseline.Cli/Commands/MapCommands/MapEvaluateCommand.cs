using System.Collections.Immutable;
using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Suggestions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary>
/// <c>procbase map evaluate</c>: how well <c>map suggest</c> recovers every reviewed crosswalk, in sample and
/// leave-one-crosswalk-out, for BM25 alone and for each fusion with the semantic ranking, so the choice can be checked.
/// </summary>
public static class MapEvaluateCommand
{
    public static Command Create(CliContext cli)
    {
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Formats("text", "md", "json");
        var semantic = new SuggestionOptions();
        var command = new Command("evaluate", "Measure map suggest on every reviewed crosswalk: recall@1/5/10, precision@1 and MRR with 95% bootstrap intervals, in sample and leave-one-crosswalk-out.")
        {
            standards, format,
        };
        semantic.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var engine = semantic.Engine(parse, cli, loaded);
            var rankings = new List<(string, ImmutableArray<PairEvaluation>)>
            {
                ("BM25 alone", engine.Evaluate(allowed: p => p.SemanticWeight == 0)),
            };
            if (engine.Model is not null)
            {
                rankings.Add(("linear fusion", engine.Evaluate(allowed: p => p.SemanticWeight == 0 || p.Fusion == FusionMethod.Linear)));
                rankings.Add(("reciprocal-rank fusion", engine.Evaluate(allowed: p => p.SemanticWeight == 0 || p.Fusion == FusionMethod.ReciprocalRank)));
                rankings.Add(("calibrated (either fusion; what map suggest uses)", engine.Evaluate()));
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    cli.Out.Write(CliJson.Serialize(new EvaluationsJson(engine.Model, engine.SemanticOff,
                        [.. rankings.Select(r => new RankingEvaluationJson(r.Item1, [.. r.Item2.Select(SuggestionReport.EvaluationJson)]))])));
                    break;
                default:
                    SuggestionReport.WriteEvaluation(cli.Out, rankings, parse.GetValue(format) == "md");
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
