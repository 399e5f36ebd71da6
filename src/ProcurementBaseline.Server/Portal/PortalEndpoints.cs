using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Server.Hosting;
using ProcurementBaseline.Server.Portal.Pages;

namespace ProcurementBaseline.Server.Portal;

/// <summary>
/// The web portal under /portal: server-rendered pages over the same application layer as the API, forms that post and
/// redirect, every POST checked for its antiforgery token, and a Content Security Policy that allows no inline script.
/// </summary>
internal static class PortalEndpoints
{
    public const string Prefix = "/portal";

    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Map(WebApplication app, long maxBundleBytes)
    {
        app.MapGet("/", () => Results.Redirect(Prefix)).ExcludeFromDescription();
        var portal = app.MapGroup(Prefix).ExcludeFromDescription().AddEndpointFilter(CheckAntiforgery);
        PortalAssets.Map(app);
        portal.MapGet("/sign-in", (HttpContext context, RegistryOptions options, string? @return) => SignInPage.Show(context, options, @return));
        portal.MapPost("/sign-in", SignInPage.Submit).Throttled();
        if (app.Services.GetService<Authentication.OidcSettings>() is not null)
        {
            portal.MapGet("/sign-in/provider", SignInPage.StartWithProvider).Throttled();
        }

        portal.MapGet("/sign-up", (HttpContext context, RegistryOptions options) => SignUpPage.Show(context, options));
        portal.MapPost("/sign-up", SignUpPage.Submit).Throttled();

        var signedIn = portal.MapGroup("").RequireAuthorization();
        signedIn.MapPost("/sign-out", SignInPage.SignOut);
        signedIn.MapGet("", (HttpContext context, RegistrySubmissions registry, Application.Standards.HarmonisationSet loaded, TimeProvider time, CancellationToken cancel) =>
            HomePage.Show(context, registry, loaded, time, cancel));
        signedIn.MapPost("/procurements", HomePage.Create);
        signedIn.MapGet("/procurements/{id}", (HttpContext context, string id, RegistrySubmissions registry, RegistryAccounts accounts, Application.Drafts.AttestationDrafts attestations, CancellationToken cancel) =>
            ProcurementPage.Show(context, id, registry, accounts, attestations, cancel));
        signedIn.MapPost("/procurements/{id}/submissions", ProcurementPage.Submit)
            .WithMetadata(new Api.RequestSizeLimit(maxBundleBytes + FormOverhead))
            .WithFormOptions(multipartBodyLengthLimit: maxBundleBytes + FormOverhead);
        signedIn.MapGet("/procurements/{id}/compare", ComparePage.Show);
        MapDrafts(signedIn, maxBundleBytes);
        signedIn.MapGet("/submissions/{id}", (HttpContext context, string id, RegistrySubmissions registry, RegistryAccounts accounts, Application.Standards.HarmonisationSet loaded, CancellationToken cancel) =>
            SubmissionPage.Show(context, id, registry, accounts, loaded, cancel));
        signedIn.MapPost("/submissions/{id}/decisions", SubmissionPage.Decide);
        signedIn.MapGet("/submissions/{id}/files/{format}", SubmissionPage.Download);
        signedIn.MapGet("/standards", StandardsPage.Show);
        signedIn.MapGet("/admin", (HttpContext context, RegistryAccounts accounts, string? welcome, CancellationToken cancel) =>
            AdminPage.Show(context, accounts, cancel, welcome is null ? default : AdminPage.Welcome));
        signedIn.MapPost("/admin/organisations", AdminPage.CreateOrganisation);
        signedIn.MapPost("/admin/users", AdminPage.CreateUser);
        signedIn.MapPost("/keys", AdminPage.AddKey);
        signedIn.MapPost("/tokens", AdminPage.IssueToken);
        signedIn.MapPost("/tokens/revoke", AdminPage.RevokeToken);
    }

    private static void MapDrafts(RouteGroupBuilder signedIn, long maxBundleBytes)
    {
        signedIn.MapPost("/procurements/{id}/drafts", Pages.Drafts.DraftPage.Start);
        signedIn.MapGet("/drafts/{id}", (HttpContext context, string id, Application.Drafts.AttestationDrafts drafts, Application.Standards.HarmonisationSet loaded, CancellationToken cancel) =>
            Pages.Drafts.DraftPage.Show(context, id, drafts, loaded, cancel));
        signedIn.MapPost("/drafts/{id}", Pages.Drafts.DraftPage.SaveHeader);
        signedIn.MapPost("/drafts/{id}/submit", Pages.Drafts.DraftPage.SubmitSigned);
        signedIn.MapGet("/drafts/{id}/files/{file}", Pages.Drafts.DraftPage.Download);
        signedIn.MapGet("/drafts/{id}/pages/{page:int}", (HttpContext context, string id, int page, Application.Drafts.AttestationDrafts drafts, Application.Standards.HarmonisationSet loaded, CancellationToken cancel) =>
            Pages.Drafts.DraftClaimsPage.Show(context, id, page, drafts, loaded, cancel));
        // A page of a large baseline's group posts some twenty fields per control: more than the default 1,024 values.
        signedIn.MapPost("/drafts/{id}/pages/{page:int}", Pages.Drafts.DraftClaimsPage.Save)
            .WithMetadata(new Api.RequestSizeLimit(maxBundleBytes + FormOverhead))
            .WithFormOptions(multipartBodyLengthLimit: maxBundleBytes + FormOverhead, valueCountLimit: DraftFormValues);
        signedIn.MapPost("/drafts/{id}/pages/{page:int}/check", Pages.Drafts.DraftClaimsPage.Check).WithFormOptions(valueCountLimit: DraftFormValues);
    }

    private const int DraftFormValues = 50_000;

    /// <summary>What a multipart form adds around the bundle: the boundary, headers and the antiforgery field.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <summary>The headers every portal response carries, set before the page is written.</summary>
    public static void AddSecurityHeaders(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Prefix) && context.Request.Path != "/")
        {
            return;
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!context.Request.Path.StartsWithSegments(Prefix + "/assets"))
        {
            headers.CacheControl = "no-store";
        }
    }

    public static bool IsPortal(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix);

    /// <summary>A page for a bare status on a portal address (an unknown page, a refused method).</summary>
    public static Task StatusPage(HttpContext context)
    {
        var problem = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => RegistryProblem.NotFound("page", context.Request.Path.ToString()),
            StatusCodes.Status413PayloadTooLarge => RegistryProblem.Of(ProblemKind.TooLarge, DiagnosticCodes.RegistryUploadTooLarge, context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0),
            _ => RegistryProblem.Invalid("request", $"{context.Request.Method} {context.Request.Path} cannot be answered ({context.Response.StatusCode})"),
        };
        return Layout.Problem(context, problem).ExecuteAsync(context);
    }

    private static async ValueTask<object?> CheckAntiforgery(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var antiforgery = (IAntiforgery)context.RequestServices.GetService(typeof(IAntiforgery))!;
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Layout.Problem(context, RegistryProblem.Invalid("form", "the form had expired or did not come from this portal; open the page again and resend it"));
            }
        }

        return await next(invocation);
    }
}
