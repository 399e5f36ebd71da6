using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProcurementBaseline.Tests.Server;

/// <summary>Who the fake provider says signs in next: its subject, user name, organisation claim and role values.</summary>
internal sealed record FakeUser(string Subject, string Name, string? Organisation, params string[] Roles);

/// <summary>
/// An OpenID Connect provider for tests, on Kestrel on a loopback port: discovery, keys, an authorization endpoint that
/// approves whoever <see cref="NextUser"/> is, and a token endpoint that checks the code, the redirect URI and the PKCE
/// verifier (S256) as a real provider does, then signs an ID token (RS256). It can also sign with a key it never
/// published, to stand for a forged token.
/// </summary>
internal sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "procbase";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _foreignKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Challenge, string Redirect, string? Nonce, FakeUser User)> _codes = new(StringComparer.Ordinal);

    private readonly string _host;

    private FakeIdentityProvider(WebApplication app, string host) => (_app, _host) = (app, host);

    /// <summary>The provider's address: its loopback port, under the host name it was started with.</summary>
    public Uri Issuer => new UriBuilder(_app.Urls.Single()) { Host = _host }.Uri;

    public FakeUser NextUser { get; set; } = new("subject-1", "reviewer@agency.example", "Agency", "reviewer");

    /// <summary>Sign the next ID tokens with a key the provider's JWKS does not hold.</summary>
    public bool SignWithForeignKey { get; set; }

    /// <summary>The query of the last authorization request, as the registry sent it.</summary>
    public IReadOnlyDictionary<string, string> LastAuthorization { get; private set; } = new Dictionary<string, string>();

    /// <summary>How many token requests proved their PKCE verifier; and how many were refused.</summary>
    public int VerifiedExchanges { get; private set; }

    public int RefusedExchanges { get; private set; }

    /// <summary>
    /// Starts the provider on a free loopback port. Named <c>localhost</c>, it is another site than a portal on
    /// 127.0.0.1 (same-site ignores ports), so a browser treats the sign-in as the cross-site flow it is in deployment.
    /// </summary>
    public static async Task<FakeIdentityProvider> Start(string host = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app, host);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.Token);
        await app.StartAsync();
        return provider;
    }

    private string IssuerName => Issuer.ToString().TrimEnd('/');

    private IResult Discovery() => Json(new JsonObject
    {
        ["issuer"] = IssuerName,
        ["authorization_endpoint"] = IssuerName + "/authorize",
        ["token_endpoint"] = IssuerName + "/token",
        ["jwks_uri"] = IssuerName + "/jwks",
        ["response_types_supported"] = new JsonArray("code"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["code_challenge_methods_supported"] = new JsonArray("S256"),
    });

    private IResult Keys()
    {
        var key = _key.ExportParameters(includePrivateParameters: false);
        return Json(new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = "key-1", ["n"] = Base64Url(key.Modulus!), ["e"] = Base64Url(key.Exponent!),
            }),
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        LastAuthorization = query;
        var redirect = query.GetValueOrDefault("redirect_uri", "");
        if (query.GetValueOrDefault("client_id") != ClientId || query.GetValueOrDefault("response_type") != "code"
            || query.GetValueOrDefault("code_challenge_method") != "S256" || query.GetValueOrDefault("code_challenge") is not { Length: > 0 } challenge || redirect.Length == 0)
        {
            return Results.BadRequest("not an authorization-code request with PKCE");
        }

        var code = Base64Url(RandomNumberGenerator.GetBytes(24));
        _codes[code] = (challenge, redirect, query.GetValueOrDefault("nonce"), NextUser);
        return Results.Redirect($"{redirect}?code={code}&state={Uri.EscapeDataString(query.GetValueOrDefault("state", ""))}");
    }

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var verifier = form["code_verifier"].ToString();
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var issued) || form["redirect_uri"] != issued.Redirect
            || form["client_id"] != ClientId || Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != issued.Challenge)
        {
            RefusedExchanges++;
            return Results.Text("""{"error":"invalid_grant"}""", "application/json", statusCode: StatusCodes.Status400BadRequest);
        }

        VerifiedExchanges++;
        return Json(new JsonObject
        {
            ["access_token"] = Base64Url(RandomNumberGenerator.GetBytes(24)),
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = IdToken(issued.User, issued.Nonce),
        });
    }

    private string IdToken(FakeUser user, string? nonce)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var claims = new JsonObject
        {
            ["iss"] = IssuerName, ["sub"] = user.Subject, ["aud"] = ClientId, ["iat"] = now, ["nbf"] = now, ["exp"] = now + 300, ["nonce"] = nonce,
            ["preferred_username"] = user.Name, ["roles"] = new JsonArray([.. user.Roles.Select(r => (JsonNode)r)]),
        };
        if (user.Organisation is not null)
        {
            claims["procbase_organisation"] = user.Organisation;
        }

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["alg"] = "RS256", ["kid"] = "key-1", ["typ"] = "JWT" }));
        var signed = header + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = (SignWithForeignKey ? _foreignKey : _key).SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Base64Url(signature);
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
        _foreignKey.Dispose();
    }
}
