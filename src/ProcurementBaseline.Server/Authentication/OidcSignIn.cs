using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Portal;

namespace ProcurementBaseline.Server.Authentication;

/// <summary>
/// The portal's sign-in through an OpenID Connect provider. ASP.NET Core's handler runs the authorization-code flow with
/// PKCE and validates the ID token (signature against the provider's keys, issuer, audience, lifetime, nonce); the
/// registry then maps its claims to an account and begins the same session a password sign-in begins. The handler's
/// own cookie sign-in is never used: a session is a registry token, whichever way the user signed in.
/// </summary>
internal static class OidcSignIn
{
    public const string SchemeName = "oidc";

    public const string StartPath = "/portal/sign-in/provider";

    public static AuthenticationBuilder AddOidcSignIn(this AuthenticationBuilder authentication, OidcSettings settings) =>
        authentication.AddOpenIdConnect(SchemeName, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority.ToString();
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.ResponseType = OpenIdConnectResponseType.Code;
            // The code comes back on a GET, so the correlation and nonce cookies can be SameSite=Lax, not None.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.CallbackPath = OidcSettings.CallbackPath;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.DisableTelemetry = true;
            // A provider that hangs holds the user's sign-in for this long, not the handler's default minute.
            options.BackchannelTimeout = TimeSpan.FromSeconds(10);
            // A provider on loopback (a developer's, or a test's) may be plain HTTP, as the portal itself may be there.
            options.RequireHttpsMetadata = !settings.Authority.IsLoopback;
            options.SignInScheme = SessionAuthentication.SchemeName;
            foreach (var scope in settings.Scopes)
            {
                options.Scope.Add(scope);
            }

            foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // Max-Age counts from the browser's own clock, so a server clock that differs (or a registry run on a
                // fixed as-of clock) cannot make the cookie expire before the user is back from the provider.
                cookie.MaxAge = options.RemoteAuthenticationTimeout;
            }

            options.Events.OnTicketReceived = context => SignedIn(context, settings);
            options.Events.OnRemoteFailure = context => Failed(context, settings);
        });

    /// <summary>The claims of a validated ID token, as the registry reads them.</summary>
    public static ExternalIdentity Identity(ClaimsPrincipal principal, OidcSettings settings)
    {
        var subject = principal.FindFirst("sub");
        var name = principal.FindFirst(settings.NameClaim) ?? principal.FindFirst("email") ?? subject;
        return new ExternalIdentity(subject?.Issuer ?? "", subject?.Value ?? "", name?.Value ?? "", principal.FindFirst(settings.OrganisationClaim)?.Value,
            [.. principal.FindAll(settings.RoleClaim).Select(c => c.Value)]);
    }

    private static async Task SignedIn(TicketReceivedContext context, OidcSettings settings)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        // The start (SignInPage.StartWithProvider) refuses plain HTTP off loopback too; this is where the session is set.
        if (!SessionAuthentication.CanSignIn(http.Request))
        {
            await Show(http, RegistryProblem.SignInRefused(SessionAuthentication.HttpsOnly));
            return;
        }

        var accounts = http.RequestServices.GetRequiredService<RegistryAccounts>();
        var issued = await accounts.SignInExternal(Identity(context.Principal!, settings), settings.Roles, SessionAuthentication.TokenName, http.RequestAborted);
        if (issued.Problem is { } problem)
        {
            await Show(http, problem);
            return;
        }

        SessionAuthentication.Begin(http.Response, issued.Value!.Secret);
        await Portal.Pages.SignInPage.Continue(http, context.ReturnUri).ExecuteAsync(http);
    }

    /// <summary>The provider said no (the user cancelled, say), or its answer did not validate: a page that says which.</summary>
    private static Task Failed(RemoteFailureContext context, OidcSettings settings)
    {
        context.HandleResponse();
        if (Unreachable(context.Failure))
        {
            return Show(context.HttpContext, Unavailable(settings));
        }

        var why = context.Failure?.Message is { Length: > 0 } message ? message : "the provider's answer could not be read";
        return Show(context.HttpContext, RegistryProblem.SignInRefused(why.Length > 300 ? why[..300] + "…" : why));
    }

    public static RegistryProblem Unavailable(OidcSettings settings) =>
        RegistryProblem.Of(ProblemKind.Unavailable, Diagnostics.DiagnosticCodes.RegistryProviderUnavailable, settings.Authority);

    private static bool Unreachable(Exception? failure)
    {
        for (var error = failure; error is not null; error = error.InnerException)
        {
            if (error is HttpRequestException or IOException or TaskCanceledException || error.Message.StartsWith("IDX20803", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Task Show(HttpContext http, RegistryProblem problem) => Layout.Problem(http, problem).ExecuteAsync(http);
}
