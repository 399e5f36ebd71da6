using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>procbase map matrix A B [...]</c>: the direct mappings among catalogs, and what each leaves unmapped.</summary>
public static class MapMatrixCommand
{
    public static Command Create(CliContext cli)
    {
        var catalogs = new Argument<string[]>("catalogs")
        {
            Description = "Two or more catalogs, as id@version or id (the latest version).",
            Arity = new ArgumentArity(2, 16),
        };
        var format = new Option<MatrixFormat>("--format", "-f")
        {
            Description = "text, md (a Markdown table), csv (one mapping a row) or json.",
            DefaultValueFactory = _ => MatrixFormat.Text,
        };
        var standards = CommonOptions.Standards();
        var command = new Command("matrix", "A coverage matrix: each control's direct mappings to the other catalogs, then a gap summary of unmapped controls on each side.")
        {
            catalogs, format, standards,
        };
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var refs = new List<CatalogRef>();
            foreach (var name in parse.GetValue(catalogs) ?? [])
            {
                if (loaded.Standards.Catalogs.Resolve(name) is not { } catalog)
                {
                    cli.Error.WriteLine($"error: no catalog '{name}' is loaded; see 'procbase catalog list'.");
                    return ExitCodes.InputErrors;
                }

                refs.Add(catalog.Ref);
            }

            var matrix = CoverageMatrix.Build(loaded.Graph, refs.Distinct().ToList());
            cli.Out.Write(parse.GetValue(format) switch
            {
                MatrixFormat.Json => MatrixRenderer.Json(matrix),
                MatrixFormat.Csv => MatrixRenderer.Csv(matrix),
                MatrixFormat.Md => MatrixRenderer.Markdown(matrix),
                _ => MatrixRenderer.Text(matrix),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}

public enum MatrixFormat
{
    Text,
    Md,
    Csv,
    Json,
}
