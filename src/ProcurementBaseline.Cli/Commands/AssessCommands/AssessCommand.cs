using System.CommandLine;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;

namespace ProcurementBaseline.Cli.Commands.AssessCommands;

/// <summary>
/// <c>procbase assess</c>: reads vendor submissions against procurement baselines. One submission, or many (files or
/// folders) as a procurement team receives them; each gets its own outputs, a bad one is reported and skipped, and a
/// portfolio summary closes the run. Exit codes: 0 pass, 3 conditional, 4 fail, 1 invalid or missing input, 2 usage.
/// </summary>
public static class AssessCommand
{
    public static Command Create(CliContext cli)
    {
        var attestations = new Argument<string[]>("attestations") { Description = "Attestation files, or folders of them.", Arity = ArgumentArity.OneOrMore };
        var options = new BaselineOptions();
        var formats = new Option<string>("--format", "-f") { Description = "Output formats for --out, comma-separated: json, pdf, html, md, text.", DefaultValueFactory = _ => "json,pdf,html,md,text" };
        var templates = new Option<string?>("--templates") { Description = "A folder with an agency's own report.html.sbn, report.md.sbn or report.txt.sbn; each one it holds replaces the shipped template, the others are inherited." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder to write each submission's outputs (and the portfolio summary) to." };
        var jobs = CommonOptions.Count("--jobs", "-j", "Submissions to assess at once (default: one per core). Output keeps the input order.", Environment.ProcessorCount, 1);
        var maxEvidence = CommonOptions.Size("--max-evidence-size", "The largest evidence file read and hashed (default 1GiB); a larger one is an evidence problem.", InputLimits.DefaultMaxEvidenceBytes);
        var command = new Command("assess", "Assess vendor attestations against procurement baselines. Exit: 0 pass, 3 conditional, 4 fail, 1 invalid or missing input, 2 usage.")
        {
            attestations, formats, output, templates, jobs, maxEvidence,
        };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var wanted = Formats(parse.GetValue(formats)!, cli);
            if (wanted is null)
            {
                return ExitCodes.Usage;
            }

            var loaded = HarmonisationSet.Load(parse.GetValue(options.Standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var chosen = BaselineOptions.Resolve(parse.GetValue(options.Baselines) ?? [], loaded.Standards, cli);
            if (chosen is null)
            {
                return ExitCodes.Usage;
            }

            var reports = new ReportTemplateSet(parse.GetValue(templates), cli.WorkingDirectory);
            if (reports.CheckFolder() is { Count: > 0 } templateProblems)
            {
                DiagnosticPrinter.Print(templateProblems, cli.Error);
                return ExitCodes.InputErrors;
            }

            var (inputs, problems) = SubmissionDiscovery.Expand(parse.GetValue(attestations) ?? [], cli.WorkingDirectory);
            if (inputs.Count == 0)
            {
                DiagnosticPrinter.Print(problems, cli.Error);
                cli.Error.WriteLine("error: no attestation files found.");
                return ExitCodes.InputErrors;
            }

            var settings = new AssessmentRun.Settings(chosen, parse.GetValue(options.AsOf) ?? cli.Today,
                parse.GetValue(output) is { } folder ? Path.GetFullPath(folder, cli.WorkingDirectory) : null, wanted, reports,
                InputLimits.Default with { MaxEvidenceBytes = parse.GetValue(maxEvidence) }, parse.GetValue(jobs));
            return new AssessmentRun(cli, new Assessor(loaded, parse.GetValue(options.NoMappings)), settings).Execute(inputs, problems);
        });
        return command;
    }

    private static HashSet<string>? Formats(string text, CliContext cli)
    {
        var formats = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var known = AssessmentOutputs.Formats.Select(f => f.Format).ToList();
        var unknown = formats.Except(known).ToList();
        if (unknown.Count > 0 || formats.Count == 0)
        {
            cli.Error.WriteLine($"error: unknown format '{Text.VisibleText.Escape(unknown.FirstOrDefault() ?? text)}'; use {string.Join(", ", known)}.");
            return null;
        }

        return formats;
    }
}
