using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Commands.AssessCommands;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Cli.Commands.AttestCommands;

/// <summary><c>procbase attest init</c> and <c>procbase attest validate</c>.</summary>
public static class AttestCommands
{
    public static Command CreateInit(CliContext cli)
    {
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "A baseline id; several separated by commas or by repeating the option; or 'all'.", Required = true };
        var vendor = new Option<string>("--vendor") { Description = "The vendor's name.", Required = true };
        var vendorId = new Option<string?>("--vendor-id") { Description = "The vendor's identifier (ABN, DUNS, CIN…)." };
        var product = new Option<string>("--product") { Description = "The product's name.", Required = true };
        var version = new Option<string>("--product-version") { Description = "The product's version.", DefaultValueFactory = _ => "1.0" };
        var signatory = new Option<string>("--signatory") { Description = "Who signs for the vendor.", DefaultValueFactory = _ => "to be named" };
        var role = new Option<string?>("--role") { Description = "The signatory's role." };
        var date = CommonOptions.Date("--date", "The attestation's date (YYYY-MM-DD). Default: today.");
        var output = new Option<string?>("--out", "-o") { Description = "File to write. Default: standard output." };
        var force = new Option<bool>("--force") { Description = "Overwrite the --out file if it exists (a filled-in attestation is otherwise never replaced)." };
        var plan = new Option<bool>("--plan") { Description = "Write the attest-once plan instead (procbase plan): the fewest claims that meet every must control of the baselines, each saying what it meets where." };
        var prefer = new Option<string?>("--prefer") { Description = "With --plan: among plans of the same size, prefer claims in this catalog version (such as nist-ssdf@1.1)." };
        var standards = CommonOptions.Standards();
        var command = new Command("init", "Write an attestation skeleton: every required control of the baselines, with its title and statement as comments; or, with --plan, the attest-once plan.")
        {
            baselines, vendor, vendorId, product, version, signatory, role, date, output, force, plan, prefer, standards,
        };
        command.SetAction(parse =>
        {
            var (set, chosen, failure) = LoadWithBaselines(cli, parse.GetValue(standards), parse.GetValue(baselines) ?? []);
            if (failure is { } code)
            {
                return code;
            }

            // The modeline names the schema of the standards in use by a path relative to the file, so editors find it.
            var path = Path.GetFullPath(parse.GetValue(output) ?? "attestation.yaml", cli.WorkingDirectory);
            var schema = DisplayPaths.Relative(path, Path.Combine(StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory), "schemas", "attestation.schema.json"));
            var details = new AttestationSkeleton.Details(
                parse.GetValue(vendor)!, parse.GetValue(vendorId), parse.GetValue(product)!, parse.GetValue(version)!,
                parse.GetValue(signatory)!, parse.GetValue(role), parse.GetValue(date) ?? cli.Today);
            Application.Planning.PlanReport? report = null;
            if (parse.GetValue(plan))
            {
                var harmonised = HarmonisationSet.For(set!);
                if (PlanCommand.Choose(parse.GetValue(baselines) ?? [], parse.GetValue(prefer), harmonised, cli) is not { } choice)
                {
                    return ExitCodes.Usage;
                }

                report = Application.Planning.PlanReport.Build(choice.Baselines, harmonised.Graph, details.Date, choice.Preferred);
            }
            else if (parse.GetValue(prefer) is not null)
            {
                cli.Error.WriteLine("error: --prefer goes with --plan.");
                return ExitCodes.Usage;
            }

            var text = report is null ? AttestationSkeleton.Write(chosen!, details, schema) : AttestationSkeleton.Write(report, details, schema);
            if (parse.GetValue(output) is { } file)
            {
                if ((File.Exists(path) || Directory.Exists(path)) && !parse.GetValue(force))
                {
                    cli.Error.WriteLine($"error: '{Text.VisibleText.Escape(file)}' already exists; give --force to replace it, or choose another --out.");
                    return ExitCodes.InputErrors;
                }

                AtomicFileWriter.WriteText(path, text);
                var count = report?.Plan.Claims.Length ?? chosen!.SelectMany(b => b.Controls).Select(c => c.Key).Distinct().Count();
                cli.Error.WriteLine($"Wrote {file}: {count} controls to claim.");
            }
            else
            {
                cli.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateValidate(CliContext cli)
    {
        var files = new Argument<string[]>("attestations") { Description = "Attestation files or folders.", Arity = ArgumentArity.OneOrMore };
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "Check against these baselines instead of those the attestation names." };
        var asOf = CommonOptions.Date("--as-of", "The date evidence and plans of action are judged at, as assess would (YYYY-MM-DD). Default: today (UTC).");
        var maxEvidence = CommonOptions.Size("--max-evidence-size", "The largest evidence file read and hashed (default 1GiB).", InputLimits.DefaultMaxEvidenceBytes);
        var format = CommonOptions.Format();
        var standards = CommonOptions.Standards();
        var command = new Command("validate",
            "Check attestations as assess would read them: fields, statuses, dates, duplicate claims, unknown controls, evidence files, hashes, " +
            "expiry and plans of action at the as-of date. Exit 0 only when there is no error and no warning (each warning is something assess counts against the claim).")
        {
            files, baselines, asOf, maxEvidence, format, standards,
        };
        command.SetAction(parse =>
        {
            var (set, chosen, failure) = LoadWithBaselines(cli, parse.GetValue(standards), parse.GetValue(baselines) ?? []);
            if (failure is { } code)
            {
                return code;
            }

            var (paths, problems) = SubmissionDiscovery.Expand(parse.GetValue(files) ?? [], cli.WorkingDirectory);
            var options = new LoadedAttestation.Options(parse.GetValue(asOf) ?? cli.Today, InputLimits.Default with { MaxEvidenceBytes = parse.GetValue(maxEvidence) });
            var results = paths.Select(p => LoadedAttestation.Load(p.Path, set!, chosen!, cli.WorkingDirectory, options)).ToList();
            var failed = problems.Any(p => p.Severity != DiagnosticSeverity.Info) || paths.Count == 0
                || results.Any(r => r.HasErrors || r.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                cli.Out.Write(CliJson.Serialize(new AttestationValidationJson(
                    [.. problems.Select(DiagnosticJson.From)],
                    [.. results.Select(r => new AttestationCheckJson(r.Shown, r.Attestation?.Claims.Length, r.Diagnostics.Count(d => d.IsError), r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), [.. r.Diagnostics.Select(DiagnosticJson.From)]))])));
                return failed ? ExitCodes.InputErrors : ExitCodes.Success;
            }

            DiagnosticPrinter.Print(problems, cli.Error);
            foreach (var loaded in results)
            {
                DiagnosticPrinter.Print(loaded.Diagnostics, cli.Out);
                cli.Out.WriteLine($"{Text.VisibleText.Escape(loaded.Shown)}: {(loaded.Attestation is { } a ? $"{a.Claims.Length} claims; " : "")}{DiagnosticPrinter.Summary(loaded.Diagnostics)}.");
            }

            if (paths.Count == 0)
            {
                cli.Error.WriteLine("error: no attestation files found.");
            }

            return failed ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Loads the standards and resolves the named baselines, reporting problems; the exit code when that fails.</summary>
    internal static (StandardsSet? Set, List<Baselines.ResolvedBaseline>? Baselines, int? Failure) LoadWithBaselines(CliContext cli, string? standards, string[] names)
    {
        var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(standards, cli.WorkingDirectory)]);
        if (set.HasErrors)
        {
            DiagnosticPrinter.Print(set.Diagnostics, cli.Error);
            return (null, null, ExitCodes.InputErrors);
        }

        return BaselineOptions.Resolve(names, set, cli) is { } chosen ? (set, chosen, null) : (null, null, ExitCodes.Usage);
    }
}
