using System.CommandLine;
using System.Globalization;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;

namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary><c>procbase catalog list</c>: every catalog version, with how faithful it is to its source.</summary>
public static class CatalogListCommand
{
    public static Command Create(CliContext cli)
    {
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("list", "List the catalog versions: id, version, jurisdiction, status, fidelity and control counts.")
        {
            standards, format,
        };
        command.SetAction(parse =>
        {
            var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory)]);
            DiagnosticPrinter.Print(set.Diagnostics, cli.Error);
            var reviewed = Harmonisation.ReviewCoverage.ByCatalog(set.Crosswalks, set.Baselines);
            var summaries = set.Catalogs.Catalogs.Select(c => CatalogFacts.Summary(c) with
            {
                Reviewed = reviewed.TryGetValue(c.Ref, out var r) ? new ReviewedJson(r.Required, r.Reviewed) : null,
            }).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                cli.Out.Write(CliJson.Serialize(new CatalogListJson(summaries)));
            }
            else
            {
                var table = new TextTable("CATALOG", "JURISDICTION", "STATUS", "FIDELITY", "CONTROLS", "GAPS", "REVIEWED", "TITLE");
                foreach (var s in summaries)
                {
                    table.Add(s.Ref, s.Jurisdiction, s.Status, CatalogFacts.FidelityBreakdown(s),
                        s.Controls.ToString("N0", CultureInfo.InvariantCulture), CatalogFacts.Gaps(s),
                        s.Reviewed is { } r ? $"{r.Reviewed}/{r.Required} required" : "-", s.Title["en"]);
                }

                table.WriteTo(cli.Out);
                if (summaries.Any(s => s.Fidelity != "verbatim" || s.ControlsByFidelity.Count > 1))
                {
                    cli.Out.WriteLine();
                    cli.Out.WriteLine("Fidelity: verbatim is the publisher's text; extracted was taken from a document by machine and may hold errors;");
                    cli.Out.WriteLine("summarised is our summary, not the official text; not-retrieved names an item whose text we do not have.");
                    cli.Out.WriteLine("Gaps counts the items not retrieved and the controls whose completeness note says what their text lacks;");
                    cli.Out.WriteLine("`procbase catalog show <id>@<version>` says what each catalog as a whole lacks.");
                    cli.Out.WriteLine("Reviewed counts the controls some baseline requires that a crosswalk maps or records as no-relationship;");
                    cli.Out.WriteLine("`procbase map check` gives it per crosswalk and baseline, with the controls not yet reviewed.");
                }
            }

            return set.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
