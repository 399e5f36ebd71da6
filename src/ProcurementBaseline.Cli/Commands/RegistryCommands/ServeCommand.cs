using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Server.Hosting;

namespace ProcurementBaseline.Cli.Commands.RegistryCommands;

/// <summary><c>procbase serve</c>: the submission registry and its HTTP API, on the embedded database by default.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext cli)
    {
        var database = new DatabaseOptions();
        var oidc = new OidcOptions();
        var urls = new Option<string[]>("--urls") { Description = $"Where to listen (repeatable). Default: {ServerSettings.DefaultUrl}, loopback only." };
        var maxBundle = CommonOptions.Size("--max-bundle-size", "The largest bundle accepted (default 64MiB).", new RegistryOptions().MaxBundleBytes);
        var standards = CommonOptions.Standards();
        var templates = new Option<string?>("--templates") { Description = "An agency's report templates folder, as for assess." };
        var fromDatabase = new Option<bool>("--standards-from-database")
        {
            Description = "Serve the standards published to the database (procbase db publish-standards, or replicated from a publisher by PostgreSQL logical replication), not a folder's.",
        };
        var noSignUp = new Option<bool>("--no-sign-up") { Description = "Vendors cannot sign themselves up (at /portal/sign-up or POST /api/sign-ups); only the site admin makes their accounts." };
        var command = new Command("serve", "Run the submission registry: agencies open procurements, vendors submit signed bundles (procbase submit), reviewers assess, compare and decide, over an HTTP API with an OpenAPI document. The first start creates the admin account and prints its password once.")
        {
            urls, maxBundle, standards, fromDatabase, templates, noSignUp,
        };
        foreach (var option in database.All.Concat(oidc.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var (data, connection) = database.Read(parse, cli.WorkingDirectory);
            var folder = parse.GetValue(standards);
            if (parse.GetValue(fromDatabase))
            {
                if (folder is not null)
                {
                    cli.Error.WriteLine("error: --standards and --standards-from-database name two sources of standards; give one.");
                    return ExitCodes.Usage;
                }

                var (published, problems) = Published(data, connection, cli);
                foreach (var problem in problems)
                {
                    cli.Error.WriteLine($"error: {problem}.");
                }

                if (published is null)
                {
                    return ExitCodes.InputErrors;
                }

                folder = published;
            }

            var loaded = HarmonisationSet.Load(folder, cli.WorkingDirectory);
            DiagnosticPrinter.PrintSummarised(loaded.Standards.Diagnostics, cli.Error);
            if (loaded.Standards.HasErrors)
            {
                cli.Error.WriteLine("error: the standards have errors; the registry does not start on them.");
                return ExitCodes.InputErrors;
            }

            var (provider, refused) = oidc.Read(parse);
            foreach (var problem in refused)
            {
                cli.Error.WriteLine($"error: {problem}.");
            }

            if (refused.Count > 0)
            {
                return ExitCodes.Usage;
            }

            var listen = parse.GetValue(urls) is { Length: > 0 } given ? given : [ServerSettings.DefaultUrl];
            var settings = new ServerSettings(data, connection, listen) { Registry = new RegistryOptions { MaxBundleBytes = parse.GetValue(maxBundle), VendorSignUp = !parse.GetValue(noSignUp) }, Oidc = provider };
            var (app, password) = RegistryServer.Build(settings, loaded, new ReportTemplateSet(parse.GetValue(templates), cli.WorkingDirectory), cli.Clock, null, CancellationToken.None)
                .GetAwaiter().GetResult();
            using (app)
            {
                app.StartAsync().GetAwaiter().GetResult();
                if (password is not null)
                {
                    cli.Out.WriteLine($"First start: sign in as '{RegistryAccounts.SiteAdminName}' with the password {password}");
                    cli.Out.WriteLine("  It is shown this once and kept only as a hash. Sign in at the portal, or with POST /api/sessions {\"name\":\"admin\",\"password\":\"…\"}.");
                }

                foreach (var url in app.Urls)
                {
                    cli.Out.WriteLine($"procbase serve: listening on {url} (database: {database.Shown(parse, cli.WorkingDirectory)})");
                    cli.Out.WriteLine($"  Portal: {url}/portal{(provider is null ? "" : $"   sign-in through {provider.Authority} (redirect URI {url}{OidcSettings.CallbackPath})")}");
                    cli.Out.WriteLine($"  API: {url}/api   OpenAPI: {url}/openapi/v1.json");
                }

                cli.Out.Flush();
                app.WaitForShutdownAsync().GetAwaiter().GetResult();
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The database's published standards, migrated to first and written out under the data folder.</summary>
    private static (string? Folder, IReadOnlyList<string> Problems) Published(string data, string? connection, CliContext cli)
    {
        var dialect = Storage.SqlDialect.For(connection, data);
        try
        {
            Storage.RegistryMigrations.Apply(dialect, cli.Clock, CancellationToken.None).GetAwaiter().GetResult();
            return PublishedStandards.Materialise(new Storage.SqlRegistryStore(dialect), data, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (System.Data.Common.DbException ex)
        {
            return (null, [$"{dialect.Shown}: {Text.VisibleText.Escape(ex.Message)}"]);
        }
        finally
        {
            dialect.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
