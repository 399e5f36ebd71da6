using System.CommandLine;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Versions;
using ProcurementBaseline.Yaml.Crosswalks;

namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary><c>procbase catalog diff OLD NEW</c> and <c>procbase catalog changelog OLD NEW</c>.</summary>
public static class CatalogDiffCommand
{
    public static Command CreateDiff(CliContext cli)
    {
        var (old, @new, standards) = Arguments();
        var format = new Option<DiffFormat>("--format", "-f") { Description = "text, md (a changelog) or json.", DefaultValueFactory = _ => DiffFormat.Text };
        var emit = new Option<string?>("--emit-crosswalk") { Description = "Also write a version crosswalk from OLD to NEW: equal-to for unchanged controls and pure renames, drafts for the rest." };
        var date = CommonOptions.Date("--date", "Date recorded on the emitted mappings (YYYY-MM-DD). Default: today.");
        var command = new Command("diff", "Compare two versions of a catalog: added, removed, withdrawn, renamed or moved, and changed controls, with word diffs.")
        {
            old, @new, format, emit, date, standards,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(standards), parse.GetValue(old)!, parse.GetValue(@new)!, diff =>
        {
            cli.Out.Write(parse.GetValue(format) switch
            {
                DiffFormat.Json => DiffRenderer.Json(diff),
                DiffFormat.Md => DiffRenderer.Markdown(diff, $"Changes from {diff.Old} to {diff.New}"),
                _ => DiffRenderer.Text(diff),
            });
            if (parse.GetValue(emit) is { } file)
            {
                var crosswalk = VersionCrosswalk.From(diff, parse.GetValue(date) ?? cli.Today);
                var path = Path.GetFullPath(file, cli.WorkingDirectory);
                AtomicFileWriter.WriteText(path, CrosswalkYamlWriter.Write(crosswalk, SchemaLink.For(path, "crosswalk.schema.json")));
                cli.Error.WriteLine($"Wrote {file}: {crosswalk.Mappings.Length} mappings ({crosswalk.Mappings.Count(m => m.Status == Harmonisation.MappingStatus.Draft)} drafts to review).");
            }
        }));
        return command;
    }

    public static Command CreateChangelog(CliContext cli)
    {
        var (old, @new, standards) = Arguments();
        var output = new Option<string?>("--out", "-o") { Description = "Write the changelog to this file instead of standard output." };
        var command = new Command("changelog", "A Markdown changelog between two versions of a catalog, grouped by kind of change, for a standards body to publish.")
        {
            old, @new, output, standards,
        };
        command.SetAction(parse => Run(cli, parse.GetValue(standards), parse.GetValue(old)!, parse.GetValue(@new)!, diff =>
        {
            var text = DiffRenderer.Markdown(diff, $"Changelog: {diff.Old} to {diff.New}");
            if (parse.GetValue(output) is { } file)
            {
                AtomicFileWriter.WriteText(Path.GetFullPath(file, cli.WorkingDirectory), text);
            }
            else
            {
                cli.Out.Write(text);
            }
        }));
        return command;
    }

    private static (Argument<string> Old, Argument<string> New, Option<string?> Standards) Arguments() => (
        new Argument<string>("old") { Description = "The earlier version, as id@version." },
        new Argument<string>("new") { Description = "The later version, as id@version." },
        CommonOptions.Standards());

    private static int Run(CliContext cli, string? standards, string oldName, string newName, Action<CatalogDiff> write)
    {
        var set = new StandardsLoader(cli.WorkingDirectory).Load([Path.Combine(StandardsFiles.Locate(standards, cli.WorkingDirectory), "catalogs")]);
        var old = set.Catalogs.Resolve(oldName);
        var @new = set.Catalogs.Resolve(newName);
        if (old is null || @new is null)
        {
            cli.Error.WriteLine($"error: no catalog '{(old is null ? oldName : newName)}' is loaded; see 'procbase catalog list'.");
            return ExitCodes.InputErrors;
        }

        write(CatalogDiff.Compare(old, @new, new DiffPlexWordDiffer()));
        return ExitCodes.Success;
    }
}

public enum DiffFormat
{
    Text,
    Md,
    Json,
}
