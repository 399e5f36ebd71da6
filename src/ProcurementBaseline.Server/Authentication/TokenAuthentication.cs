using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Api;

namespace ProcurementBaseline.Server.Authentication;

/// <summary>
/// <c>Authorization: Bearer pbt_…</c>: the token is looked up by its hash, and a revoked or unknown one signs nobody
/// in. The caller it stands for rides on the request for the handlers.
/// </summary>
internal sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RegistryAccounts accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        if (await accounts.Authenticate(header["Bearer ".Length..].Trim(), Context.RequestAborted) is not { } caller)
        {
            return AuthenticateResult.Fail("unknown or revoked token");
        }

        return CallerAccess.SignIn(Context, caller, SchemeName);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.Write(Context, RegistryProblem.Of(ProblemKind.Unauthenticated, ProcurementBaseline.Diagnostics.DiagnosticCodes.RegistryUnauthenticated,
            "send an API token as 'Authorization: Bearer <token>'; a revoked or unknown token signs nobody in"));
    }
}

internal static class CallerAccess
{
    /// <summary>The signed-in caller; endpoints that call this require authorisation, so there always is one.</summary>
    public static Caller Caller(this HttpContext context) => (Caller)context.Items[typeof(Caller)]!;

    /// <summary>A caller found by either sign-in, put on the request for the handlers and made the request's user.</summary>
    public static AuthenticateResult SignIn(HttpContext context, Caller caller, string scheme)
    {
        context.Items[typeof(Caller)] = caller;
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, caller.Account.Name), new Claim(ClaimTypes.Role, Words.Of(caller.Role))], scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), scheme));
    }
}
