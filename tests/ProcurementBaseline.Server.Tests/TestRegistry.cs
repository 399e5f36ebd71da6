using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Server.Hosting;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// A registry server in the test process (ASP.NET Core's test server) on a fresh database, with helpers that set up
/// what a test needs through the API itself: agencies, vendors with keys, users and their tokens.
/// </summary>
internal sealed class TestRegistry : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<Task> _drop;
    private readonly DirectoryInfo _folder;

    private TestRegistry(WebApplication app, Func<Task> drop, DirectoryInfo folder, string adminPassword, string? database, FixedTime time)
    {
        _app = app;
        _drop = drop;
        _folder = folder;
        AdminPassword = adminPassword;
        Database = database;
        Time = time;
    }

    public string AdminPassword { get; }

    public string? Database { get; }

    public FixedTime Time { get; }

    public string DataFolder => _folder.FullName;

    public IServiceProvider Services => _app.Services;

    public static async Task<TestRegistry> Start(string kind, Application.Registry.RegistryOptions? options = null, ProcurementBaseline.Server.Authentication.OidcSettings? oidc = null)
    {
        var folder = Directory.CreateTempSubdirectory("procbase-registry-");
        var (database, drop) = await TestDatabases.Create(kind, folder.FullName);
        var time = new FixedTime(FixedTime.SamplesDay);
        var settings = new ServerSettings(folder.FullName, database, [ServerSettings.DefaultUrl]) { Registry = options ?? new(), Oidc = oidc };
        var (app, password) = await RegistryServer.Build(settings, TestBundles.Standards, new ReportTemplateSet(null, RepositoryPaths.Root), time,
            builder => builder.WebHost.UseTestServer(), CancellationToken.None);
        Assert.IsNotNull(password, "a new registry creates its admin and says the password once");
        await app.StartAsync();
        return new TestRegistry(app, drop, folder, password, database, time);
    }

    /// <summary>A client with no token.</summary>
    public HttpClient Anonymous() => _app.GetTestClient();

    public HttpClient As(string token)
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public RegistrySetup Setup => new(token => token is null ? Anonymous() : As(token));

    public Task<string> SignIn(string name, string password, string? scopes = null) => Setup.SignIn(name, password, scopes);

    public Task<string> Admin() => SignIn("admin", AdminPassword);

    public Task<string> Create(string token, string path, object body) => Setup.Create(token, path, body);

    /// <summary>An agency with an admin and a reviewer: the organisation's id and the two users' tokens.</summary>
    public async Task<Agency> Agency(string name)
    {
        var admin = await Admin();
        var id = await Create(admin, "/api/organisations", new { name, kind = "agency" });
        await Create(admin, "/api/users", new { name = $"{name}-admin", role = "agency-admin", organisation = id, password = "correct horse battery" });
        await Create(admin, "/api/users", new { name = $"{name}-reviewer", role = "reviewer", organisation = id, password = "correct horse battery" });
        return new Agency(id, await SignIn($"{name}-admin", "correct horse battery"), await SignIn($"{name}-reviewer", "correct horse battery"));
    }

    /// <summary>A vendor organisation with a user, its token and a registered signing key.</summary>
    public async Task<Vendor> Vendor(string name, string? vendorId = null)
    {
        var admin = await Admin();
        var id = await Create(admin, "/api/organisations", new { name, kind = "vendor", vendorId });
        var user = $"{name.Split(' ')[0].ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        await Create(admin, "/api/users", new { name = user, role = "vendor", organisation = id, password = "correct horse battery" });
        var token = await SignIn(user, "correct horse battery");
        var key = SigningKeys.NewKey();
        await Create(token, $"/api/organisations/{id}/keys", new { publicKey = SigningKeys.PublicPem(key) });
        return new Vendor(id, token, key);
    }

    public async Task<string> Procurement(Agency agency, params string[] baselines) =>
        await Create(agency.AdminToken, "/api/procurements", new { title = "Secure software for the agency", baselines, closes = "2026-12-31" });

    public Task<HttpResponseMessage> Submit(string token, string procurement, byte[] bundle) => As(token).PostBundle(procurement, bundle);

    public static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("empty body");

    /// <summary>The diagnostic code of a problem response, checking it is one (RFC 9457, application/problem+json).</summary>
    public static async Task<string> ProblemCode(HttpResponseMessage response)
    {
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        var problem = await Json(response);
        Assert.AreEqual((int)response.StatusCode, problem["status"]!.GetValue<int>());
        return problem["code"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _drop();
        Storage.SqliteDialect.ReleaseFiles();
        _folder.Delete(recursive: true);
    }
}

internal sealed record Agency(string Id, string AdminToken, string ReviewerToken);

internal sealed record Vendor(string Id, string Token, ECDsa Key);
