using System.CommandLine;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Commands.CatalogCommands;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Text;
using ProcurementBaseline.Versions;
using ProcurementBaseline.Yaml.Crosswalks;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>procbase map retarget CROSSWALK --to ID@NEW</c>: a crosswalk moved onto a new version of one of its catalogs.</summary>
public static class MapRetargetCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("crosswalk") { Description = "The crosswalk file to move." };
        var to = new Option<string>("--to") { Description = "The new catalog version, as id@version; it replaces the crosswalk's side on that catalog.", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Write the moved crosswalk to this file. Default: standard output." };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("retarget",
            "Move a crosswalk onto a new version of one of its catalogs using the version diff: renames followed, mappings whose controls changed made drafts to review, mappings whose controls are gone dropped.")
        {
            file, to, output, standards, format,
        };
        command.SetAction(parse =>
        {
            var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory)]);
            DiagnosticPrinter.Print(set.Diagnostics, cli.Error);
            var path = Path.GetFullPath(parse.GetValue(file)!, cli.WorkingDirectory);
            var shown = DisplayPaths.For(path, cli.WorkingDirectory);
            // Only a regular file is read (a FIFO given here must not hang the run), and at most as much as an attestation may be.
            var (bytes, opening) = InputFiles.ReadAll(path, Application.Submissions.InputLimits.DefaultMaxAttestationBytes);
            if (bytes is null)
            {
                cli.Error.WriteLine($"error: cannot read {VisibleText.Escape(shown)}: {VisibleText.Escape(opening.Describe())}");
                return ExitCodes.InputErrors;
            }

            var read = CrosswalkYamlReader.Read(bytes, shown);
            DiagnosticPrinter.Print(read.Diagnostics, cli.Error);
            if (read.HasErrors || read.Value is not { } crosswalk || set.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            if (set.Catalogs.Resolve(parse.GetValue(to)!) is not { } target)
            {
                cli.Error.WriteLine($"error: no catalog '{VisibleText.Escape(parse.GetValue(to)!)}' is loaded; see 'procbase catalog list'.");
                return ExitCodes.InputErrors;
            }

            var sides = new[] { crosswalk.Source, crosswalk.Target }.Where(c => c.CatalogId == target.Id).ToList();
            if (sides.Count != 1 || sides[0] == target.Ref || set.Catalogs.Find(sides[0]) is not { } source)
            {
                cli.Error.WriteLine(sides.Count != 1
                    ? $"error: {crosswalk.Name} maps {(sides.Count == 0 ? "no version" : "two versions")} of {target.Id}."
                    : sides[0] == target.Ref ? $"error: {crosswalk.Name} is already on {target.Ref}." : $"error: {sides[0]}, which {crosswalk.Name} names, is not loaded.");
                return ExitCodes.InputErrors;
            }

            var retarget = CrosswalkRetarget.Apply(crosswalk, CatalogDiff.Compare(source, target, new DiffPlexWordDiffer()));
            var json = parse.GetValue(format) == OutputFormat.Json;
            var summary = $"{crosswalk.Name} → {retarget.New.Name}: {retarget.Count(RetargetOutcome.Carried)} mappings carried over, {retarget.Count(RetargetOutcome.Renamed)} follow a rename, " +
                $"{retarget.Count(RetargetOutcome.Review)} to review (now suggested drafts), {retarget.Count(RetargetOutcome.Dropped)} dropped.";
            var yaml = CrosswalkYamlWriter.Write(retarget.New, parse.GetValue(output) is { } o ? SchemaLink.For(Path.GetFullPath(o, cli.WorkingDirectory), "crosswalk.schema.json") : null,
                $"Moved from {crosswalk.Name} by procbase map retarget. Mappings marked draft need review before they count.");
            if (parse.GetValue(output) is { } written)
            {
                AtomicFileWriter.WriteText(Path.GetFullPath(written, cli.WorkingDirectory), yaml);
            }

            if (json)
            {
                cli.Out.Write(CliJson.Serialize(new RetargetJson(crosswalk.Name, retarget.New.Name,
                    Enum.GetValues<RetargetOutcome>().ToDictionary(k => k.ToString().ToLowerInvariant(), retarget.Count, StringComparer.Ordinal),
                    [.. retarget.Mappings.Where(m => m.Outcome != RetargetOutcome.Carried).Select(m => new RetargetedMappingJson(
                        string.Join(",", m.Old.Sources), string.Join(",", m.Old.Targets), m.Outcome.ToString().ToLowerInvariant(), m.Note, m.Old.Origin?.ToString()))],
                    parse.GetValue(output))));
                return ExitCodes.Success;
            }

            var report = parse.GetValue(output) is null ? cli.Error : cli.Out;
            report.WriteLine(summary);
            foreach (var m in retarget.Mappings.Where(m => m.Outcome is not RetargetOutcome.Carried))
            {
                report.WriteLine($"  {m.Outcome.ToString().ToLowerInvariant(),-8} {string.Join(",", m.Old.Sources)} → {string.Join(",", m.Old.Targets)}: {VisibleText.Escape(m.Note)}");
            }

            if (parse.GetValue(output) is { } name)
            {
                cli.Out.WriteLine($"Wrote {VisibleText.Escape(name)}.");
            }
            else
            {
                cli.Out.Write(yaml);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
