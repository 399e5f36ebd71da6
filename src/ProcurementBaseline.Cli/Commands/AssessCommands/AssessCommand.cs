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
        var formats = new Option<string>("--format", "-f") { Description = "Output formats for --out, comma-separated: json, pdf, html, md, text, oscal (OSCAL 1.2 assessment results and POA&M, {name}.assessment-results.json and {name}.poam.json).", DefaultValueFactory = _ => "json,pdf,html,md,text" };
        var templates = new Option<string?>("--templates") { Description = "A folder with an agency's own report.html.sbn, report.md.sbn or report.txt.sbn; each one it holds replaces the shipped template, the others are inherited." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder to write each submission's outputs (and the portfolio summary) to." };
        var jobs = CommonOptions.Count("--jobs", "-j", "Submissions to assess at once (default: one per core). Output keeps the input order.", Environment.ProcessorCount, 1);
        var maxEvidence = CommonOptions.Size("--max-evidence-size", "The largest evidence file read and hashed (default 1GiB); a larger one is an evidence problem.", InputLimits.DefaultMaxEvidenceBytes);
        var junit = new Option<string?>("--junit") { Description = "Also write the findings as JUnit XML to this file (a test case per required control; a must gap is a failure)." };
        var sarif = new Option<string?>("--sarif") { Description = "Also write the gaps as SARIF 2.1.0 to this file, each at its claim's line in the attestation." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Which verdicts fail the run: 'conditional' (default: exit 3 for conditional, 4 for fail) or 'fail' (a conditional verdict exits 0).",
            CustomParser = result => CommonOptions.Word(result, "--fail-on", new Dictionary<string, string>(StringComparer.Ordinal) { ["conditional"] = "conditional", ["fail"] = "fail" }),
            DefaultValueFactory = _ => "conditional",
        };
        var pdfPerBaseline = new Option<bool>("--pdf-per-baseline") { Description = "Also write one PDF per baseline ({name}~{baseline}.pdf), each holding only that baseline's sections." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors; the exit code says the verdict." };
        var roots = AttestCommands.AttestBundleCommands.TrustOption();
        var keys = new Option<string[]>("--key") { Description = "For bundles (.zip): a public key (PEM) whose signature counts; repeat for several. A bundle is verified before it is assessed, and the result records who signed it." };
        var command = new Command("assess", "Assess vendor attestations against procurement baselines. Exit: 0 pass, 3 conditional, 4 fail, 1 invalid or missing input, 2 usage.")
        {
            attestations, formats, output, templates, jobs, maxEvidence, junit, sarif, failOn, quiet, pdfPerBaseline, keys, roots,
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

            var outputFolder = parse.GetValue(output) is { } folder ? Path.GetFullPath(folder, cli.WorkingDirectory) : null;
            var jsonToStdout = outputFolder is null && parse.GetResult(formats) is { Implicit: false } && wanted.SetEquals(["json"]);
            if (outputFolder is null && parse.GetResult(formats) is { Implicit: false } && !jsonToStdout)
            {
                cli.Error.WriteLine("error: --format writes files into --out; without --out only --format json is possible (to standard output).");
                return ExitCodes.Usage;
            }

            if (AttestCommands.AttestBundleCommands.Trust(parse.GetValue(keys) ?? [], parse.GetValue(roots) ?? [], parse.GetValue(options.AsOf) ?? cli.Today, cli) is not { } trust)
            {
                return ExitCodes.Usage;
            }

            var settings = new AssessmentRun.Settings(chosen, parse.GetValue(options.AsOf) ?? cli.Today, outputFolder, wanted, reports,
                InputLimits.Default with { MaxEvidenceBytes = parse.GetValue(maxEvidence) }, parse.GetValue(jobs))
            {
                Quiet = parse.GetValue(quiet),
                JsonToStdout = jsonToStdout,
                ConditionalFails = parse.GetValue(failOn) == "conditional",
                JUnitFile = parse.GetValue(junit),
                SarifFile = parse.GetValue(sarif),
                PdfPerBaseline = parse.GetValue(pdfPerBaseline),
                Trust = trust,
            };
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
