using System.CommandLine;
using ProcurementBaseline.Cli.Commands.AssessCommands;
using ProcurementBaseline.Cli.Commands;
using ProcurementBaseline.Cli.Commands.AttestCommands;
using ProcurementBaseline.Cli.Commands.BaselineCommands;
using ProcurementBaseline.Cli.Commands.CatalogCommands;
using ProcurementBaseline.Cli.Commands.MapCommands;
using ProcurementBaseline.Cli.Commands.OscalCommands;
using ProcurementBaseline.Cli.Commands.RegistryCommands;
using ProcurementBaseline.Cli.Commands.SbomCommands;

namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>
/// The procbase command tree. Parse errors exit with <see cref="ExitCodes.Usage"/>: an unknown option is never taken
/// for a file name, and an option takes one value per occurrence (repeat it, or separate values with commas), so a
/// stray word after it is an error rather than a value. A fault the commands did not foresee is one line on standard
/// error and <see cref="ExitCodes.InternalError"/>, never a pass.
/// </summary>
public sealed class ProcbaseCommandLine(CliContext cli)
{
    public RootCommand Root { get; } = Harden(Build(cli));

    public int Invoke(string[] args)
    {
        var parse = Root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                cli.Error.WriteLine($"error: {Text.VisibleText.Escape(error.Message)}");
            }

            cli.Error.WriteLine("Run 'procbase --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = cli.Out, Error = cli.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            cli.Error.WriteLine($"error: procbase stopped on an unexpected {ex.GetType().Name}: {Text.VisibleText.Escape(ex.Message)} (this is a bug; please report it with the command that caused it)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Every argument refuses values that look like options; every option takes one value per occurrence.</summary>
    private static RootCommand Harden(RootCommand root)
    {
        foreach (var command in Commands(root))
        {
            foreach (var argument in command.Arguments)
            {
                argument.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
                    {
                        result.AddError($"unknown option '{token.Value}' for '{command.Name}'; see 'procbase {command.Name} --help'.");
                    }
                });
            }

            foreach (var option in command.Options)
            {
                option.AllowMultipleArgumentsPerToken = false;
            }
        }

        return root;
    }

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);

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
            MapEvaluateCommand.Create(cli),
            MapExplainCommand.Create(cli),
            MapRetargetCommand.Create(cli),
        };
        var attest = new Command("attest", "Start and check vendor attestations.")
        {
            AttestCommands.CreateInit(cli),
            AttestCommands.CreateValidate(cli),
            AttestImpactCommand.Create(cli),
            AttestBundleCommands.CreateBundle(cli),
            AttestBundleCommands.CreateSign(cli),
            AttestBundleCommands.CreateVerify(cli),
            AttestTimestampCommand.Create(cli),
        };
        var key = new Command("key", "Make keys for signing submission bundles.")
        {
            AttestBundleCommands.CreateKeyNew(cli),
        };
        var root = new RootCommand(
            "ProcurementBaseline checks software against the Quad partners' (Australia, United States, India, Japan) baseline software-security standards.\n" +
            "Exit codes: 0 success (assess: pass), 1 errors in the inputs, 2 usage error, 3 assess: conditional, 4 assess: fail.")
        {
            catalog,
            BaselineCommands.Create(cli),
            map,
            attest,
            key,
            AssessCommand.Create(cli),
            CompareCommand.Create(cli),
            HarmoniseCommand.Create(cli),
            PlanCommand.Create(cli),
            OscalCommands.Create(cli),
            SbomCommands.Create(cli),
            SchemaCommand.Create(cli),
            ServeCommand.Create(cli),
            SubmitCommand.Create(cli),
            DbCommands.Create(cli),
        };
        return root;
    }
}
