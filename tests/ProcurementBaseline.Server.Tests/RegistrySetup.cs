using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ProcurementBaseline.Application.Signing;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// Setting a registry up through its own API, for tests and the load run alike, whatever the clients reach it by
/// (the in-process test server or a socket): signing in, creating records, and a whole agency-and-vendor world.
/// </summary>
internal sealed class RegistrySetup(Func<string?, HttpClient> client)
{
    public const string Password = "correct horse battery";

    public async Task<string> SignIn(string name, string password, string? scopes = null) =>
        (await Post(null, "/api/sessions", new { name, password, scopes }))["token"]!.GetValue<string>();

    /// <summary>Creates a record and returns its id (a key's key-id).</summary>
    public async Task<string> Create(string token, string path, object body)
    {
        var json = await Post(token, path, body);
        return (json["id"] ?? json["key-id"])!.GetValue<string>();
    }

    /// <summary>An agency with an admin and a reviewer, a vendor with a user and <paramref name="key"/> registered, and an open procurement.</summary>
    public async Task<World> World(string adminPassword, string vendorName, string baseline, ECDsa key)
    {
        var admin = await SignIn("admin", adminPassword);
        var agency = await Create(admin, "/api/organisations", new { name = "Agency", kind = "agency" });
        var vendor = await Create(admin, "/api/organisations", new { name = vendorName, kind = "vendor" });
        await Create(admin, "/api/users", new { name = "agency-admin", role = "agency-admin", organisation = agency, password = Password });
        await Create(admin, "/api/users", new { name = "agency-reviewer", role = "reviewer", organisation = agency, password = Password });
        await Create(admin, "/api/users", new { name = "vendor-user", role = "vendor", organisation = vendor, password = Password });
        var procurement = await Create(await SignIn("agency-admin", Password), "/api/procurements", new { title = "Software", baselines = new[] { baseline }, closes = "2099-12-31" });
        var vendorToken = await SignIn("vendor-user", Password);
        await Create(vendorToken, $"/api/organisations/{vendor}/keys", new { publicKey = SigningKeys.PublicPem(key) });
        return new World(procurement, vendor, vendorToken, await SignIn("agency-reviewer", Password));
    }

    private async Task<JsonNode> Post(string? token, string path, object body)
    {
        using var http = client(token);
        using var response = await http.PostJson(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.Created
            ? JsonNode.Parse(text)!
            : throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}, not 201: {text}");
    }
}

internal sealed record World(string Procurement, string VendorId, string VendorToken, string ReviewerToken);

internal static class BundleUploads
{
    /// <summary>Uploads a bundle to a procurement through the API, as <c>procbase submit</c> does.</summary>
    public static async Task<HttpResponseMessage> PostBundle(this HttpClient client, string procurement, byte[] bundle)
    {
        using var content = new ByteArrayContent(bundle);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/zip");
        return await client.PostAsync($"/api/procurements/{procurement}/submissions", content);
    }
}
