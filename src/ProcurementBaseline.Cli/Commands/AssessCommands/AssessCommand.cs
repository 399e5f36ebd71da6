using System.CommandLine;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;

namespace ProcurementBaseline.Cli.Commands.AssessCommands;

/// <summary>
/// <c>procbase assess</c>: reads vendor submissions against procurement baselines. One submission, or many (files or
/// folders) as a procurement team receives them; each gets its own outputs, a bad one is reported and skipped, and a
/// portfolio summary closes the run. Exit codes: 0 pass, 3 conditional, 4 fail, 1 invalid input, 2 usage.
/// </summary>
public static class AssessCommand
{
    public static Command Create(CliContext cli)
    {
        var attestations = new Argument<string[]>("attestations") { Description = "Attestation files, or folders of them.", Arity = ArgumentArity.OneOrMore };
        var options = new BaselineOptions();
        var formats = new Option<string>("--format", "-f") { Description = "Output formats for --out, comma-separated: json, pdf, html, md, text.", DefaultValueFactory = _ => "json,pdf,html,md,text" };
        var templates = new Option<string?>("--templates") { Description = "A folder with report.html.sbn, report.md.sbn and report.txt.sbn to use instead of the shipped templates (an agency's branding)." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder to write each submission's outputs (and the portfolio summary) to." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Submissions to assess at once (default: one per core). Output keeps the input order.", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        var command = new Command("assess", "Assess vendor attestations against procurement baselines. Exit: 0 pass, 3 conditional, 4 fail, 1 invalid input, 2 usage.")
        {
            attestations, formats, output, templates, jobs,
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

            var chosen = BaselineOptions.Resolve(parse.GetValue(options.Baselines) ?? [], loaded.Standards, cli);
            var wanted = Formats(parse.GetValue(formats)!, cli);
            if (chosen is null || wanted is null)
            {
                return ExitCodes.Usage;
            }

            var files = AttestationInputs.Expand(parse.GetValue(attestations) ?? [], cli.WorkingDirectory, cli.Error);
            if (files.Count == 0)
            {
                cli.Error.WriteLine("error: no attestation files found.");
                return ExitCodes.InputErrors;
            }

            var run = new AssessmentRun(cli, loaded, chosen, parse.GetValue(options.AsOf) ?? cli.Today, parse.GetValue(options.NoMappings),
                parse.GetValue(output) is { } folder ? Path.GetFullPath(folder, cli.WorkingDirectory) : null, wanted,
                new ReportWriter(parse.GetValue(templates), cli.WorkingDirectory), parse.GetValue(jobs));
            return run.Execute(files);
        });
        return command;
    }

    private static HashSet<string>? Formats(string text, CliContext cli)
    {
        var formats = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = formats.Except(["json", "pdf", "html", "md", "text"]).ToList();
        if (unknown.Count > 0)
        {
            cli.Error.WriteLine($"error: unknown format '{unknown[0]}'; use json, pdf, html, md or text.");
            return null;
        }

        return formats;
    }
}
