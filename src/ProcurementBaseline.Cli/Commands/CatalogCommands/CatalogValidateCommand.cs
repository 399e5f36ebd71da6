using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary><c>procbase catalog validate [paths]</c>: every problem in every catalog and selection file, in one run.</summary>
public static class CatalogValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to check. Default: the standards folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("validate", "Check catalog and selection files and report every problem, with file, line and column.")
        {
            paths, standards, format,
        };
        command.SetAction(parse =>
        {
            var standardsDirectory = StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory);
            var given = parse.GetValue(paths) ?? [];
            var loader = new StandardsLoader(cli.WorkingDirectory);
            var set = given.Length == 0
                ? loader.Load([standardsDirectory])
                : loader.Load(given.Select(p => Path.GetFullPath(p, cli.WorkingDirectory)), ReferenceCatalogs(loader, standardsDirectory));
            Report(set, parse.GetValue(format), cli);
            return set.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    // Files checked on their own still need the shipped catalogs to resolve the selections that draw on them.
    private static CatalogLibrary? ReferenceCatalogs(StandardsLoader loader, string standardsDirectory) =>
        Directory.Exists(standardsDirectory) ? loader.Load([Path.Combine(standardsDirectory, "catalogs")]).Catalogs : null;

    private static void Report(StandardsSet set, OutputFormat format, CliContext cli)
    {
        var errors = set.Diagnostics.Count(d => d.IsError);
        var warnings = set.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (format == OutputFormat.Json)
        {
            cli.Out.Write(CliJson.Serialize(new ValidationReportJson(
                set.FileCount, set.CatalogFileCount, set.Selections.Length, errors, warnings, [.. set.Diagnostics.Select(DiagnosticJson.From)])));
            return;
        }

        DiagnosticPrinter.Print(set.Diagnostics, cli.Out);
        cli.Out.WriteLine(
            $"Checked {DiagnosticPrinter.Plural(set.FileCount, "file")} ({DiagnosticPrinter.Plural(set.CatalogFileCount, "catalog")}, " +
            $"{DiagnosticPrinter.Plural(set.Selections.Length, "selection")}, {DiagnosticPrinter.Plural(set.Crosswalks.Length, "crosswalk")}, {DiagnosticPrinter.Plural(set.Baselines.Length, "baseline")}): {DiagnosticPrinter.Summary(set.Diagnostics)}.");
    }
}
