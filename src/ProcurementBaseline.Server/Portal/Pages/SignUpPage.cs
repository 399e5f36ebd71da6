using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Authentication;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>A vendor signs itself up: its organisation and its first user, then it is signed in.</summary>
internal static class SignUpPage
{
    public static IResult Show(HttpContext context, RegistryOptions options, RegistryProblem? problem = null, IFormCollection? typed = null)
    {
        if (!options.VendorSignUp)
        {
            return Layout.Problem(context, RegistryProblem.Forbidden("this registry does not let vendors sign up; ask its site admin for an account"));
        }

        string Typed(string field) => typed?[field].ToString() ?? "";
        var member = problem?.Member;
        Html Field(string id, string label, string type, string autocomplete, bool required, string? hint = null, params string[] members)
        {
            var invalid = member is not null && members.Contains(member, StringComparer.Ordinal);
            return Html.Of($"""
                <div><label for="{id}">{label}</label>{Html.When(hint is not null, Html.Of($"<p class=\"hint\" id=\"{id}-hint\">{hint}</p>"))}<input type="{type}" id="{id}" name="{id}" autocomplete="{autocomplete}" maxlength="{(type == "password" ? 1024 : RegistryAccounts.MaxNameLength)}"{Html.When(required, Html.Of($" required"))}{Html.When(hint is not null, Html.Of($" aria-describedby=\"{id}-hint\""))}{Html.When(invalid, Html.Of($" aria-invalid=\"true\""))} value="{(type == "password" ? "" : Typed(id))}"></div>
                """);
        }

        return Layout.Page(context, "Sign up as a vendor", Html.Of($"""
            <p>Make your organisation's account to fill in attestations and submit them to agencies' procurements. Agencies' accounts are made by the site's admin.</p>
            {Layout.Alert("sign-up-error", problem)}
            {Layout.Form(context, "/portal/sign-up", Html.Of($"""
                {Field("organisation", "Organisation", "text", "organization", required: true, members: "organisation")}
                {Field("vendor-id", "Business identifier (optional)", "text", "off", required: false, hint: "An ABN, EIN, GSTIN or corporate number, as agencies know you.", members: "vendor-id")}
                {Field("name", "Your user name", "text", "username", required: true, members: ["name", "user"])}
                {Field("password", "Password", "password", "new-password", required: true, hint: "At least 12 characters.", members: "password")}
                <div><button type="submit">Sign up</button></div>
                """), "Sign up", css: "stacked")}
            <p><a href="/portal/sign-in">I have an account: sign in</a></p>
            """), problem is null ? StatusCodes.Status200OK : Api.Problems.Status(problem.Kind));
    }

    public static async Task<IResult> Submit(HttpContext context, RegistryAccounts accounts, RegistryOptions options, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        if (!SessionAuthentication.CanSignIn(context.Request))
        {
            return Show(context, options, RegistryProblem.Forbidden("the portal signs up over HTTPS only (plain HTTP on loopback)"), form);
        }

        var vendorId = form["vendor-id"].ToString();
        var made = await accounts.SignUp(form["organisation"].ToString(), vendorId.Length == 0 ? null : vendorId, form["name"].ToString(), form["password"].ToString(), SessionAuthentication.TokenName, cancel);
        if (made.Problem is { } problem)
        {
            return Show(context, options, problem, form);
        }

        SessionAuthentication.Begin(context.Response, made.Value!.Token!.Secret);
        return Results.Redirect("/portal/admin?welcome=1");
    }
}
