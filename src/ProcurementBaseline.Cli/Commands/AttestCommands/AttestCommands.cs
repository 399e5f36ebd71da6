using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Commands.AssessCommands;
using ProcurementBaseline.Cli.Output;

namespace ProcurementBaseline.Cli.Commands.AttestCommands;

/// <summary><c>procbase attest init</c> and <c>procbase attest validate</c>.</summary>
public static class AttestCommands
{
    public static Command CreateInit(CliContext cli)
    {
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "Baseline id; repeat for several, or 'all'.", Required = true, AllowMultipleArgumentsPerToken = true };
        var vendor = new Option<string>("--vendor") { Description = "The vendor's name.", Required = true };
        var vendorId = new Option<string?>("--vendor-id") { Description = "The vendor's identifier (ABN, DUNS, CIN…)." };
        var product = new Option<string>("--product") { Description = "The product's name.", Required = true };
        var version = new Option<string>("--product-version") { Description = "The product's version.", DefaultValueFactory = _ => "1.0" };
        var signatory = new Option<string>("--signatory") { Description = "Who signs for the vendor.", DefaultValueFactory = _ => "to be named" };
        var role = new Option<string?>("--role") { Description = "The signatory's role." };
        var date = new Option<DateOnly?>("--date") { Description = "The attestation's date (YYYY-MM-DD). Default: today." };
        var output = new Option<string?>("--out", "-o") { Description = "File to write. Default: standard output." };
        var standards = CommonOptions.Standards();
        var command = new Command("init", "Write an attestation skeleton: every required control of the baselines, with its title and statement as comments.")
        {
            baselines, vendor, vendorId, product, version, signatory, role, date, output, standards,
        };
        command.SetAction(parse =>
        {
            var (set, chosen, failure) = LoadWithBaselines(cli, parse.GetValue(standards), parse.GetValue(baselines) ?? []);
            if (failure is { } code)
            {
                return code;
            }

            var text = AttestationSkeleton.Write(chosen!, new AttestationSkeleton.Details(
                parse.GetValue(vendor)!, parse.GetValue(vendorId), parse.GetValue(product)!, parse.GetValue(version)!,
                parse.GetValue(signatory)!, parse.GetValue(role), parse.GetValue(date) ?? cli.Today));
            if (parse.GetValue(output) is { } file)
            {
                AtomicFileWriter.WriteText(Path.GetFullPath(file, cli.WorkingDirectory), text);
                cli.Error.WriteLine($"Wrote {file}: {chosen!.SelectMany(b => b.Controls).Select(c => c.Key).Distinct().Count()} controls to claim.");
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
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "Check against these baselines instead of those the attestation names.", AllowMultipleArgumentsPerToken = true };
        var standards = CommonOptions.Standards();
        var command = new Command("validate", "Check attestations: fields, statuses, dates, duplicate claims, unknown controls, claims outside the baselines, evidence paths, files and hashes.")
        {
            files, baselines, standards,
        };
        command.SetAction(parse =>
        {
            var (set, chosen, failure) = LoadWithBaselines(cli, parse.GetValue(standards), parse.GetValue(baselines) ?? []);
            if (failure is { } code)
            {
                return code;
            }

            var paths = AttestationInputs.Expand(parse.GetValue(files) ?? [], cli.WorkingDirectory, cli.Error);
            var invalid = paths.Count == 0;
            foreach (var path in paths)
            {
                var loaded = LoadedAttestation.Load(path, set!, chosen!, cli.WorkingDirectory);
                DiagnosticPrinter.Print(loaded.Diagnostics, cli.Out);
                cli.Out.WriteLine($"{loaded.Shown}: {(loaded.Attestation is { } a ? $"{a.Claims.Length} claims; " : "")}{DiagnosticPrinter.Summary(loaded.Diagnostics)}.");
                invalid |= loaded.HasErrors;
            }

            return invalid ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Loads the standards and resolves the named baselines, reporting problems; the exit code when that fails.</summary>
    private static (StandardsSet? Set, List<Baselines.ResolvedBaseline>? Baselines, int? Failure) LoadWithBaselines(CliContext cli, string? standards, string[] names)
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
