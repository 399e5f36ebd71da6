using System.CommandLine;
using ProcurementBaseline.Cli.Commands.AssessCommands;
using ProcurementBaseline.Cli.Commands.AttestCommands;
using ProcurementBaseline.Cli.Commands.CatalogCommands;
using ProcurementBaseline.Cli.Commands.MapCommands;

namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>The procbase command tree. Parse errors exit with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class ProcbaseCommandLine(CliContext cli)
{
    public RootCommand Root { get; } = Build(cli);

    public int Invoke(string[] args)
    {
        var parse = Root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                cli.Error.WriteLine($"error: {error.Message}");
            }

            cli.Error.WriteLine("Run 'procbase --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = cli.Out, Error = cli.Error });
    }

    private static RootCommand Build(CliContext cli)
    {
        var catalog = new Command("catalog", "Validate, list, show and import national control catalogs.")
        {
            CatalogValidateCommand.Create(cli),
            CatalogListCommand.Create(cli),
            CatalogShowCommand.Create(cli),
            CatalogImportOscalCommand.Create(cli),
            CatalogImportOscalProfileCommand.Create(cli),
            CatalogDiffCommand.CreateDiff(cli),
            CatalogDiffCommand.CreateChangelog(cli),
        };
        var map = new Command("map", "Check crosswalks, view coverage between catalogs, and suggest mappings.")
        {
            MapCheckCommand.Create(cli),
            MapMatrixCommand.Create(cli),
            MapSuggestCommand.Create(cli),
            MapExplainCommand.Create(cli),
        };
        var attest = new Command("attest", "Start and check vendor attestations.")
        {
            AttestCommands.CreateInit(cli),
            AttestCommands.CreateValidate(cli),
            AttestImpactCommand.Create(cli),
        };
        var root = new RootCommand(
            "ProcurementBaseline checks software against the Quad partners' (Australia, United States, India, Japan) baseline software-security standards.\n" +
            "Exit codes: 0 success (assess: pass), 1 errors in the inputs, 2 usage error, 3 assess: conditional, 4 assess: fail.")
        {
            catalog,
            map,
            attest,
            AssessCommand.Create(cli),
            CompareCommand.Create(cli),
            HarmoniseCommand.Create(cli),
        };
        return root;
    }
}
