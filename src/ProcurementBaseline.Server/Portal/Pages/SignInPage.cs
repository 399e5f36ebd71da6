using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Authentication;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>Signing in with a local account's name and password; the session is a registry token in a cookie.</summary>
internal static class SignInPage
{
    public static IResult Show(HttpContext context, RegistryOptions options, string? returnTo, string? error = null, string? name = null)
    {
        var provider = context.RequestServices.GetService<OidcSettings>();
        return Layout.Page(context, "Sign in", Html.Of($"""
            {Layout.Alert("sign-in-error", error)}
            {Layout.Form(context, "/portal/sign-in", Html.Of($"""
                <input type="hidden" name="return" value="{Local(returnTo)}">
                <div><label for="name">Name</label><input type="text" id="name" name="name" autocomplete="username" required value="{name}"></div>
                <div><label for="password">Password</label><input type="password" id="password" name="password" autocomplete="current-password" required></div>
                <div><button type="submit">Sign in</button></div>
                """), "Sign in", css: "stacked")}
            {Html.When(provider is not null, Html.Of($"""
                <p><a class="button" id="provider-sign-in" href="{OidcSignIn.StartPath}?return={Uri.EscapeDataString(Local(returnTo))}">Sign in with {provider?.DisplayName}</a></p>
                """))}
            {Html.When(options.VendorSignUp, Html.Of($"<p>A vendor without an account? <a href=\"/portal/sign-up\">Sign up your organisation</a>.</p>"))}
            <p class="hint">Agencies' accounts are made by the site's admin or an agency's admin. The admin's first password is printed once when <span class="code">procbase serve</span> first starts.</p>
            """), error is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
    }

    public static async Task<IResult> Submit(HttpContext context, RegistryAccounts accounts, RegistryOptions options, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        var returnTo = form["return"].ToString();
        if (!SessionAuthentication.CanSignIn(context.Request))
        {
            return Show(context, options, returnTo, SessionAuthentication.HttpsOnly);
        }

        var name = form["name"].ToString();
        var issued = await accounts.SignIn(name, form["password"].ToString(), SessionAuthentication.TokenName, scopes: null, cancel);
        if (issued.Problem is { } problem)
        {
            return Show(context, options, returnTo, problem.Detail, name);
        }

        SessionAuthentication.Begin(context.Response, issued.Value!.Secret);
        return Results.Redirect(Local(returnTo));
    }

    public static async Task<IResult> SignOut(HttpContext context, RegistryAccounts accounts, CancellationToken cancel)
    {
        var caller = context.Caller();
        await accounts.Revoke(caller, caller.TokenId, cancel);
        SessionAuthentication.End(context.Response);
        return Results.Redirect("/portal/sign-in");
    }

    /// <summary>Asks the identity provider to sign the user in; it comes back to <see cref="OidcSettings.CallbackPath"/>.</summary>
    public static async Task<IResult> StartWithProvider(HttpContext context, RegistryOptions options, OidcSettings provider, string? @return)
    {
        if (!SessionAuthentication.CanSignIn(context.Request))
        {
            return Show(context, options, @return, SessionAuthentication.HttpsOnly);
        }

        try
        {
            await context.ChallengeAsync(OidcSignIn.SchemeName, new AuthenticationProperties { RedirectUri = Local(@return) });
            return Results.Empty;
        }
        catch (InvalidOperationException) when (!context.Response.HasStarted)
        {
            // The handler could not read the provider's discovery document: it names no more than that.
            return Layout.Problem(context, OidcSignIn.Unavailable(provider));
        }
    }

    /// <summary>
    /// The page a provider's sign-in ends on. It moves on to the portal from this page rather than by a redirect: a
    /// redirect is still part of the provider's cross-site navigation, and a browser that judges SameSite by the whole
    /// redirect chain (as RFC 6265bis allows) would not send the Strict session cookie on it. Chromium today judges by
    /// the navigation's initiator, and lands signed in either way.
    /// </summary>
    public static IResult Continue(HttpContext context, string? returnTo)
    {
        var next = Local(returnTo);
        return Layout.Page(context, "Signed in", Html.Of($"""
            <meta http-equiv="refresh" content="0;url={next}">
            <p id="signed-in">You are signed in. <a href="{next}">Continue to the portal</a>.</p>
            """));
    }

    /// <summary>Where to go after signing in: a portal page, never another site (an open redirect).</summary>
    public static string Local(string? path) =>
        path is { Length: > 0 and < 2000 } && path.StartsWith("/portal", StringComparison.Ordinal) && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal)
            ? path : "/portal";
}
