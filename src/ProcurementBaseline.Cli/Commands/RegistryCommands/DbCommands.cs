using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Storage;

namespace ProcurementBaseline.Cli.Commands.RegistryCommands;

/// <summary><c>procbase db migrate|verify|backup|restore</c>: the registry's database, on SQLite or PostgreSQL alike.</summary>
internal static class DbCommands
{
    public static Command Create(CliContext cli) => new("db", "Migrate, verify, back up and restore the registry's database (the one procbase serve uses).")
    {
        Migrate(cli), Verify(cli), Backup(cli), Restore(cli), PublishStandards(cli),
    };

    private static Command PublishStandards(CliContext cli)
    {
        var database = new DatabaseOptions();
        var standards = CommonOptions.Standards();
        var command = WithDatabase(new Command("publish-standards",
            "Publish a standards folder (checked first) to the database, replacing what it held, for servers started with --standards-from-database here or on databases that replicate its published_standards table."), database);
        command.Options.Add(standards);
        command.SetAction(parse =>
        {
            var root = Application.Standards.StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory);
            // Checked as serve will load them; the mapping graph, which checks nothing, is not built.
            var loaded = new Application.Standards.StandardsLoader(cli.WorkingDirectory).Load([root]);
            DiagnosticPrinter.PrintSummarised(loaded.Diagnostics, cli.Error);
            if (loaded.HasErrors)
            {
                cli.Error.WriteLine("error: the standards have errors; nothing was published.");
                return ExitCodes.InputErrors;
            }

            return Run(cli, database, parse, async dialect =>
            {
                await RegistryMigrations.Apply(dialect, cli.Clock, CancellationToken.None);
                var (files, release, problem) = await Application.Standards.PublishedStandards.Publish(new SqlRegistryStore(dialect), root, loaded, "procbase db publish-standards", cli.Clock.GetUtcNow(), CancellationToken.None);
                if (problem is not null)
                {
                    cli.Error.WriteLine($"error: {problem}.");
                    return ExitCodes.InputErrors;
                }

                cli.Out.WriteLine($"{dialect.Shown}: published {files} standards files (release {release[..16]}) from {DisplayPaths.For(root, cli.WorkingDirectory)}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Migrate(CliContext cli)
    {
        var database = new DatabaseOptions();
        var command = WithDatabase(new Command("migrate", "Bring the database's schema up to this version of procbase (serve does this on start)."), database);
        command.SetAction(parse => Run(cli, database, parse, async dialect =>
        {
            var applied = await RegistryMigrations.Apply(dialect, cli.Clock, CancellationToken.None);
            cli.Out.WriteLine(applied.Count == 0 ? $"{dialect.Shown}: the schema is current." : $"{dialect.Shown}: applied {string.Join(", ", applied)}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Verify(CliContext cli)
    {
        var database = new DatabaseOptions();
        var command = WithDatabase(new Command("verify", "Check the audit log's hash chain: an entry altered, deleted or inserted after the fact is named. Exit 0 when intact, 1 when not."), database);
        command.SetAction(parse => Run(cli, database, parse, async dialect =>
        {
            var (_, pending) = await RegistryMigrations.Status(dialect, CancellationToken.None);
            if (pending.Count > 0)
            {
                cli.Error.WriteLine($"error PB2014: {dialect.Shown}: the schema lacks {string.Join(", ", pending)}; run procbase db migrate.");
                return ExitCodes.InputErrors;
            }

            var (entries, problems) = await AuditChain.Check(new SqlRegistryStore(dialect), dialect.Shown, CancellationToken.None);
            DiagnosticPrinter.Print(problems, cli.Error);
            cli.Out.WriteLine(problems.Count == 0
                ? $"{dialect.Shown}: the audit log's {entries:N0} entries are intact."
                : $"{dialect.Shown}: the audit log is broken ({DiagnosticPrinter.Plural(problems.Count, "problem")}).");
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
        }));
        return command;
    }

    private static Command Backup(CliContext cli)
    {
        var database = new DatabaseOptions();
        var output = new Option<string>("--out", "-o") { Description = "The backup file (JSON lines).", Required = true };
        var command = WithDatabase(new Command("backup", "Write the whole registry, as one consistent moment, to a file that restores into SQLite or PostgreSQL."), database);
        command.Options.Add(output);
        command.SetAction(parse => Run(cli, database, parse, async dialect =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!, cli.WorkingDirectory);
            long rows = 0;
            var written = AtomicFileWriter.Write(path, stream =>
            {
                rows = RegistryBackup.Write(dialect, stream, CancellationToken.None).GetAwaiter().GetResult();
                return true;
            });
            await Task.CompletedTask;
            cli.Out.WriteLine(written ? $"{dialect.Shown}: {rows:N0} rows written to {DisplayPaths.For(path, cli.WorkingDirectory)}." : "error: the backup was not written.");
            return written ? ExitCodes.Success : ExitCodes.InputErrors;
        }));
        return command;
    }

    private static Command Restore(CliContext cli)
    {
        var database = new DatabaseOptions();
        var input = new Argument<string>("backup") { Description = "A file written by procbase db backup." };
        var command = WithDatabase(new Command("restore", "Restore a backup into a new, empty database (migrated first), then verify its audit log."), database);
        command.Arguments.Add(input);
        command.SetAction(parse => Run(cli, database, parse, async dialect =>
        {
            await RegistryMigrations.Apply(dialect, cli.Clock, CancellationToken.None);
            using var stream = NamedFile.Open(parse.GetValue(input)!, cli);
            if (stream is null)
            {
                return ExitCodes.InputErrors;
            }

            var (rows, problem) = await RegistryBackup.Read(dialect, stream, CancellationToken.None);
            if (problem is not null)
            {
                cli.Error.WriteLine($"error: {Text.VisibleText.Escape(DisplayPaths.For(Path.GetFullPath(parse.GetValue(input)!, cli.WorkingDirectory), cli.WorkingDirectory))}: {problem}; nothing was restored.");
                return ExitCodes.InputErrors;
            }

            var (_, problems) = await AuditChain.Check(new SqlRegistryStore(dialect), dialect.Shown, CancellationToken.None);
            DiagnosticPrinter.Print(problems, cli.Error);
            cli.Out.WriteLine($"{dialect.Shown}: {rows:N0} rows restored; the audit log is {(problems.Count == 0 ? "intact" : "broken")}.");
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
        }));
        return command;
    }

    private static Command WithDatabase(Command command, DatabaseOptions database)
    {
        foreach (var option in database.All)
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <summary>Runs a database command; a database that cannot be reached is one line and exit 1, not a stack trace.</summary>
    private static int Run(CliContext cli, DatabaseOptions database, ParseResult parse, Func<SqlDialect, Task<int>> run)
    {
        var dialect = database.Dialect(parse, cli.WorkingDirectory);
        try
        {
            return run(dialect).GetAwaiter().GetResult();
        }
        catch (System.Data.Common.DbException ex)
        {
            cli.Error.WriteLine($"error: {dialect.Shown}: {Text.VisibleText.Escape(ex.Message)}");
            return ExitCodes.InputErrors;
        }
        finally
        {
            dialect.DisposeAsync().AsTask().GetAwaiter().GetResult();
            SqliteDialect.ReleaseFiles();
        }
    }
}
