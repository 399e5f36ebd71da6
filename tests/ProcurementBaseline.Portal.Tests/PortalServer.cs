using Microsoft.AspNetCore.Builder;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Server.Hosting;
using ProcurementBaseline.Tests.Server;

namespace ProcurementBaseline.Tests.Portal;

/// <summary>The registry with its portal on Kestrel, on a free loopback port and a fresh SQLite database, as a browser reaches it.</summary>
internal sealed class PortalServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _folder;

    private PortalServer(WebApplication app, DirectoryInfo folder, Uri address, string adminPassword)
    {
        _app = app;
        _folder = folder;
        Address = address;
        AdminPassword = adminPassword;
    }

    public Uri Address { get; }

    public string AdminPassword { get; }

    public RegistrySetup Setup => new(Client);

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static async Task<PortalServer> Start(ProcurementBaseline.Server.Authentication.OidcSettings? oidc = null)
    {
        var folder = Directory.CreateTempSubdirectory("procbase-portal-");
        var settings = new ServerSettings(folder.FullName, null, ["http://127.0.0.1:0"]) { Oidc = oidc };
        var (app, password) = await RegistryServer.Build(settings, TestBundles.Standards, new ReportTemplateSet(null, RepositoryPaths.Root), new FixedTime(FixedTime.SamplesDay), null, CancellationToken.None);
        await app.StartAsync();
        return new PortalServer(app, folder, new Uri(app.Urls.Single()), password!);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Storage.SqliteDialect.ReleaseFiles();
        _folder.Delete(recursive: true);
    }
}
