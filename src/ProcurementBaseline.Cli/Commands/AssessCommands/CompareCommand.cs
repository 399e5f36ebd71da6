using System.CommandLine;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Comparison;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Reports.Tables;

namespace ProcurementBaseline.Cli.Commands.AssessCommands;

/// <summary><c>procbase compare A B … [--baseline X]…</c>: vendors side by side, one row per required control, for procurement teams.</summary>
public static class CompareCommand
{
    public static Command Create(CliContext cli)
    {
        var attestations = new Argument<string[]>("attestations") { Description = "Attestation files, or folders of them; each is one column.", Arity = ArgumentArity.OneOrMore };
        var options = new BaselineOptions();
        var all = new Option<bool>("--all-controls") { Description = "List every required control, not only those where the vendors differ or fall short." };
        var format = CommonOptions.Formats("text", "md", "csv", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write the comparison to this file instead of standard output." };
        var command = new Command("compare", "Compare vendors' submissions side by side, against one or several baselines (by default those the attestations name).")
        {
            attestations, all, format, output,
        };
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

            if (BaselineOptions.Resolve(parse.GetValue(options.Baselines) ?? [], loaded.Standards, cli) is not { } baselines)
            {
                return ExitCodes.Usage;
            }

            var (inputs, problems) = SubmissionDiscovery.Expand(parse.GetValue(attestations) ?? [], cli.WorkingDirectory);
            DiagnosticPrinter.Print(problems, cli.Error);
            var asOf = parse.GetValue(options.AsOf) ?? cli.Today;
            var comparison = VendorComparison.Run(new Assessor(loaded, parse.GetValue(options.NoMappings)), baselines, inputs, asOf, cli.WorkingDirectory, InputLimits.Default);
            DiagnosticPrinter.Print(comparison.Diagnostics, cli.Error);
            if (comparison.Baselines.IsEmpty)
            {
                cli.Error.WriteLine("error: no baseline to compare against: give --baseline, or name baselines in the attestations' 'against'.");
                return ExitCodes.InputErrors;
            }

            var chosen = parse.GetValue(format)!;
            var text = chosen == "json"
                ? ApplicationJson.Serialize(ComparisonReport.Json(comparison))
                : TableReportWriter.Write(ComparisonReport.Table(comparison, parse.GetValue(all)), chosen);
            if (parse.GetValue(output) is { } file)
            {
                var path = Path.GetFullPath(file, cli.WorkingDirectory);
                try
                {
                    AtomicFileWriter.WriteText(path, text);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    DiagnosticPrinter.Print([Diagnostic.Create(DiagnosticCodes.OutputUnwritable, SourceLocation.WholeFile(file), file, ex.Message)], cli.Error);
                    return ExitCodes.InputErrors;
                }

                cli.Error.WriteLine($"Wrote {Text.VisibleText.Escape(file)}.");
            }
            else
            {
                cli.Out.Write(text);
            }

            return problems.Any(p => p.IsError) || comparison.Submissions.Any(s => s.NotAssessed is not null) ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
