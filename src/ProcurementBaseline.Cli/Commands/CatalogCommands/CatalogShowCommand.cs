using ProcurementBaseline.Catalogs;
using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;

namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary><c>procbase catalog show &lt;id&gt;@&lt;version&gt; [control-id]</c>.</summary>
public static class CatalogShowCommand
{
    public static Command Create(CliContext cli)
    {
        var catalogArgument = new Argument<string>("catalog") { Description = "The catalog as id@version (asd-ism@2025.12.9), or an id for its latest final version." };
        var controlArgument = new Argument<string?>("control-id") { Description = "A control to show in full.", Arity = ArgumentArity.ZeroOrOne };
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("show", "Show a catalog's source, fidelity, completeness and outline, or one control in full.")
        {
            catalogArgument, controlArgument, standards, format,
        };
        command.SetAction(parse =>
        {
            var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory)]);
            DiagnosticPrinter.Print(set.Diagnostics.Where(d => d.IsError), cli.Error);
            var name = parse.GetValue(catalogArgument)!;
            if (set.Catalogs.Resolve(name) is not { } catalog)
            {
                cli.Error.WriteLine($"error: no catalog '{name}'. Known: {string.Join(", ", set.Catalogs.Catalogs.Select(c => c.Ref))}");
                return ExitCodes.InputErrors;
            }

            var json = parse.GetValue(format) == OutputFormat.Json;
            if (parse.GetValue(controlArgument) is not { } controlId)
            {
                if (json)
                {
                    var source = catalog.Source;
                    cli.Out.Write(CliJson.Serialize(new CatalogDetailJson(
                        CatalogFacts.Summary(catalog),
                        new SourceJson(source.Url, source.Licence, source.Attribution, source.Obtained, CatalogWords.Fidelities.Word(source.Fidelity),
                            source.Completeness, [.. source.Documents.Select(d => new DocumentJson(d.Title, d.Url, d.Date, d.Version))]),
                        [.. catalog.Groups.Select(GroupOutline)])));
                }
                else
                {
                    CatalogTextRenderer.WriteCatalog(catalog, cli.Out);
                }

                return ExitCodes.Success;
            }

            if (catalog.Find(controlId) is not { } control)
            {
                cli.Error.WriteLine($"error: {catalog.Ref} has no control '{controlId}'.");
                return ExitCodes.InputErrors;
            }

            if (json)
            {
                cli.Out.Write(CliJson.Serialize(ControlJsonMapper.Map(catalog, control)));
            }
            else
            {
                CatalogTextRenderer.WriteControl(catalog, control, cli.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static GroupJson GroupOutline(Catalogs.ControlGroup group) =>
        new(group.Id, CatalogFacts.Text(group.Title), CatalogFacts.CountControls(group), group.Groups.Length == 0 ? null : [.. group.Groups.Select(GroupOutline)]);
}
