using System.CommandLine;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Assessment;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Cli.Commands.AssessCommands;

/// <summary><c>procbase compare A B … --baseline X</c>: vendors side by side, one row per required control, for procurement teams.</summary>
public static class CompareCommand
{
    public static Command Create(CliContext cli)
    {
        var attestations = new Argument<string[]>("attestations") { Description = "Two or more attestation files, or folders of them.", Arity = ArgumentArity.OneOrMore };
        var options = new BaselineOptions();
        var all = new Option<bool>("--all-controls") { Description = "List every required control, not only those where the vendors differ or fall short." };
        var command = new Command("compare", "Compare vendors' submissions against one baseline, side by side.") { attestations, all };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(options.Standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var names = parse.GetValue(options.Baselines) ?? [];
            if (names.Length != 1 || BaselineOptions.Resolve(names, loaded.Standards, cli) is not [var baseline])
            {
                cli.Error.WriteLine("error: compare takes exactly one --baseline.");
                return ExitCodes.Usage;
            }

            var assessor = new Assessor(loaded, parse.GetValue(options.NoMappings));
            var asOf = parse.GetValue(options.AsOf) ?? cli.Today;
            var columns = new List<(string Name, BaselineEvaluation Evaluation)>();
            var (inputs, problems) = SubmissionDiscovery.Expand(parse.GetValue(attestations) ?? [], cli.WorkingDirectory);
            DiagnosticPrinter.Print(problems, cli.Error);
            var invalid = problems.Any(p => p.IsError);
            foreach (var input in inputs)
            {
                var submission = LoadedAttestation.Load(input.Path, loaded.Standards, [baseline], cli.WorkingDirectory, new LoadedAttestation.Options(asOf, InputLimits.Default));
                DiagnosticPrinter.Print(submission.Diagnostics.Where(d => d.IsError), cli.Error);
                if (submission.HasErrors)
                {
                    invalid = true;
                    continue;
                }

                columns.Add((submission.Attestation!.Vendor.Name, Evaluator.Evaluate(assessor.Plan(baseline), submission.Attestation, asOf, submission.Evidence)));
            }

            if (columns.Count == 0)
            {
                return ExitCodes.InputErrors;
            }

            Write(cli.Out, baseline.Baseline.Id, asOf, columns, parse.GetValue(all));
            return invalid ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter w, string baseline, DateOnly asOf, List<(string Name, BaselineEvaluation Evaluation)> columns, bool everything)
    {
        w.WriteLine($"{baseline}, as of {asOf:yyyy-MM-dd}:");
        var table = new TextTable(["CONTROL", "PRIORITY", .. columns.Select(c => c.Name)]);
        table.Add(["verdict", "", .. columns.Select(c => AssessmentMapper.Word(c.Evaluation.Verdict).ToUpperInvariant())]);
        table.Add(["score", "", .. columns.Select(c => AssessmentText.Percent(c.Evaluation.Overall.Share))]);
        var findings = columns[0].Evaluation.Findings;
        for (var i = 0; i < findings.Length; i++)
        {
            var row = columns.Select(c => c.Evaluation.Findings[i].Kind).ToList();
            if (everything || row.Distinct().Count() > 1 || row.Any(k => k is not (FindingKind.Met or FindingKind.MetViaMapping or FindingKind.NotApplicable)))
            {
                table.Add([findings[i].Control.ControlId, findings[i].Priority.ToString().ToLowerInvariant(), .. row.Select(Verdicts.Word)]);
            }
        }

        table.WriteTo(w);
    }
}
