using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Portal;

/// <summary>The frame of every portal page: landmarks, a skip link, the navigation for the caller's role, and forms that carry the antiforgery token.</summary>
internal static class Layout
{
    public const string HtmlMediaType = "text/html; charset=utf-8";

    // htmx must not add inline styles or evaluate script: the Content Security Policy allows neither.
    private static readonly Html HtmxConfig = new("""<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'>""");

    /// <summary>A portal page; with <c>signing</c> it loads sign.js, which only the pages that sign in the browser need.</summary>
    public static IResult Page(HttpContext context, string title, Html main, int status = StatusCodes.Status200OK, bool signing = false)
    {
        var caller = context.Items[typeof(Caller)] as Caller;
        var html = Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            {HtmxConfig}
            <title>{title} · procbase</title>
            <link rel="icon" href="{PortalAssets.IconUrl}" type="image/svg+xml">
            <link rel="stylesheet" href="{PortalAssets.StyleUrl}">
            <script src="{PortalAssets.HtmxUrl}" defer></script>
            {Html.When(signing, Html.Of($"<script src=\"{PortalAssets.SigningUrl}\" defer></script>"))}
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="site"><a class="brand" href="/portal">procbase</a>{Navigation(context, caller)}</header>
            <main id="main" tabindex="-1">
            <h1>{title}</h1>
            {main}
            </main>
            <footer class="site"><p>ProcurementBaseline registry · <a href="/openapi/v1.json">API (OpenAPI)</a></p></footer>
            </body>
            </html>
            """);
        return Results.Content(html.Markup, HtmlMediaType, System.Text.Encoding.UTF8, status);
    }

    /// <summary>A page that could not be shown, with the diagnostic code behind it.</summary>
    public static IResult Problem(HttpContext context, RegistryProblem problem) =>
        Page(context, Titles.Of(problem.Kind), Html.Of($"""
            {Alert("problem", problem)}
            <p><a href="/portal">Back to the portal</a></p>
            """), Api.Problems.Status(problem.Kind));

    /// <summary>Why a form was refused, shown by the form: the code, the detail and the diagnostics behind it; nothing without a problem.</summary>
    public static Html Alert(string id, RegistryProblem? problem) =>
        problem is null ? Html.Empty : Html.Of($"<div class=\"problem\" role=\"alert\" id=\"{id}\"><p><span class=\"code\">{problem.Code.Code}</span> {problem.Detail}</p>{Diagnostics(problem)}</div>");

    /// <summary>A refusal that is one sentence (a failed sign-in); nothing without one.</summary>
    public static Html Alert(string id, string? error) =>
        error is null ? Html.Empty : Html.Of($"<p class=\"problem\" role=\"alert\" id=\"{id}\">{error}</p>");

    /// <summary>What a form just did, announced to screen readers.</summary>
    public static Html Notice(Html text) => Html.Of($"<p class=\"notice\" role=\"status\">{text}</p>");

    public static Html Diagnostics(RegistryProblem problem) =>
        problem.Diagnostics.IsDefaultOrEmpty ? Html.Empty : Html.Of($"""
            <ul class="diagnostics">{Html.Join(problem.Diagnostics, d => Html.Of($"<li><span class=\"code\">{d.Code}</span> {Where(d.Location.File, d.Location.Line, d.Location.Column)}{d.Message}</li>"))}</ul>
            """);

    /// <summary>A POST form with the antiforgery token; every form the portal writes goes through here.</summary>
    public static Html Form(HttpContext context, string action, Html fields, string? label = null, bool upload = false, string? css = null) =>
        Html.Of($"""
            <form method="post" action="{action}"{Html.When(upload, new(" enctype=\"multipart/form-data\""))}{Html.When(css is not null, Html.Of($" class=\"{css}\""))}{Html.When(label is not null, Html.Of($" aria-label=\"{label}\""))}>
            <input type="hidden" name="{Antiforgery(context).FormFieldName}" value="{Antiforgery(context).RequestToken}">
            {fields}
            </form>
            """);

    public static Html Verdict(string verdict) => Html.Of($"<span class=\"verdict verdict-{Css(verdict)}\">{verdict}</span>");

    public static string Css(string word) => new([.. word.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static string Where(string? file, int line, int column) =>
        file is null ? "" : line > 0 ? FormattableString.Invariant($"{file}({line},{column}): ") : file + ": ";

    private static AntiforgeryTokenSet Antiforgery(HttpContext context) =>
        context.Items[typeof(AntiforgeryTokenSet)] as AntiforgeryTokenSet
        ?? (AntiforgeryTokenSet)(context.Items[typeof(AntiforgeryTokenSet)] = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context));

    private static Html Navigation(HttpContext context, Caller? caller)
    {
        if (caller is null)
        {
            return Html.Of($"<nav aria-label=\"Main\"><a href=\"/portal/sign-in\">Sign in</a></nav>");
        }

        var admin = caller.IsSiteAdmin || caller.Role == Role.AgencyAdmin;
        return Html.Of($"""
            <nav aria-label="Main"><ul>
            <li><a href="/portal">Procurements</a></li>
            <li><a href="/portal/admin">{(admin ? "Admin" : "Your account")}</a></li>
            <li><a href="/portal/standards">Standards</a></li>
            </ul>
            <p class="who">{caller.Account.Name} · {caller.Organisation.Name} · {Words.Of(caller.Role)}</p>
            {Form(context, "/portal/sign-out", new("<button type=\"submit\" class=\"link\">Sign out</button>"), "Sign out", css: "inline")}
            </nav>
            """);
    }
}

internal static class Titles
{
    public static string Of(ProblemKind kind) => kind switch
    {
        ProblemKind.Unauthenticated => "Please sign in",
        ProblemKind.Forbidden => "Not allowed",
        ProblemKind.NotFound => "Not found",
        ProblemKind.Conflict => "Changed meanwhile",
        ProblemKind.TooLarge => "Too large",
        ProblemKind.Unavailable => "Not available now",
        _ => "Cannot do that",
    };
}
