using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Authentication;

/// <summary>
/// The portal's sign-in: a cookie that holds a registry token issued at sign-in, so a session is a token like any other
/// (looked up by its hash, revoked at sign-out, the same on every server sharing a database). The cookie is HttpOnly and
/// SameSite=Strict, Secure over HTTPS, and a session ends <see cref="Lifetime"/> after it began whatever the browser keeps.
/// </summary>
internal sealed class SessionAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RegistryAccounts accounts, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "session";
    public const string CookieName = "procbase-session";
    public const string TokenName = "portal session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Cookies[CookieName] is not { Length: > 0 } secret)
        {
            return AuthenticateResult.NoResult();
        }

        if (await accounts.Authenticate(secret, Context.RequestAborted) is not { } caller)
        {
            return AuthenticateResult.Fail("unknown or revoked session");
        }

        if (caller.Issued + Lifetime < time.GetUtcNow())
        {
            return AuthenticateResult.Fail("the session has ended");
        }

        return CallerAccess.SignIn(Context, caller, SchemeName);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var back = Request.Path + Request.QueryString;
        Response.Redirect("/portal/sign-in?return=" + Uri.EscapeDataString(back));
        return Task.CompletedTask;
    }

    public static void Begin(HttpResponse response, string secret) =>
        response.Cookies.Append(CookieName, secret, CookieSettings(response.HttpContext.Request));

    public static void End(HttpResponse response) => response.Cookies.Delete(CookieName, CookieSettings(response.HttpContext.Request));

    public const string HttpsOnly = "The portal signs in over HTTPS only (plain HTTP on loopback). Serve it behind TLS.";

    /// <summary>Plain HTTP is allowed on loopback only, where browsers treat it as a secure context.</summary>
    public static bool CanSignIn(HttpRequest request) =>
        request.IsHttps || request.HttpContext.Connection.RemoteIpAddress is null || System.Net.IPAddress.IsLoopback(request.HttpContext.Connection.RemoteIpAddress);

    private static CookieOptions CookieSettings(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        IsEssential = true,
        MaxAge = Lifetime,
    };
}
