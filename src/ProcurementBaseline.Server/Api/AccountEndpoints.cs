using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Authentication;

using ProcurementBaseline.Server.Hosting;

namespace ProcurementBaseline.Server.Api;

/// <summary>Signing in, tokens, organisations, users and vendors' signing keys.</summary>
internal static class AccountEndpoints
{
    public static void MapAnonymous(RouteGroupBuilder api)
    {
        api.MapPost("/sessions", async (SignInRequest request, RegistryAccounts accounts, CancellationToken cancel) =>
        {
            var scopes = request.Scopes is null ? (TokenScopes?)null : Words.Scopes(request.Scopes);
            if (request.Scopes is not null && scopes is null)
            {
                return Problems.Result(RegistryProblem.Invalid("scopes", $"must be among {Words.ScopeListing}, separated by commas"));
            }

            var issued = await accounts.SignIn(request.Name ?? "", request.Password ?? "", request.TokenName ?? "sign-in", scopes, cancel);
            return Problems.Json(issued, t => Results.Json(TokenResponse.Of(t.Token, t.Secret), ServerJson.Default.TokenResponse, statusCode: StatusCodes.Status201Created));
        }).Throttled().WithTags("accounts").WithSummary("Signs a local account in with its password and issues an API token for it.");
        api.MapPost("/sign-ups", async (SignUpRequest request, RegistryAccounts accounts, CancellationToken cancel) =>
        {
            var made = await accounts.SignUp(request.Organisation ?? "", request.VendorId, request.Name ?? "", request.Password ?? "", tokenName: null, cancel);
            return Problems.Json(made, a => Results.Json(UserResponse.Of(a.Account), ServerJson.Default.UserResponse, statusCode: StatusCodes.Status201Created));
        }).Throttled().WithTags("accounts").WithSummary("A vendor signs itself up: its organisation and its first user (unless the registry closes sign-up).");
    }

    public static void Map(RouteGroupBuilder api)
    {
        var accountsApi = api.MapGroup("").WithTags("accounts");
        accountsApi.MapPost("/tokens", async (TokenRequest request, HttpContext context, RegistryAccounts accounts, CancellationToken cancel) =>
        {
            if (Words.Scopes(request.Scopes ?? "") is not { } scopes)
            {
                return Problems.Result(RegistryProblem.Invalid("scopes", $"must be among {Words.ScopeListing}, separated by commas"));
            }

            var issued = await accounts.IssueToken(context.Caller(), request.Name ?? "", scopes, cancel);
            return Problems.Json(issued, t => Results.Json(TokenResponse.Of(t.Token, t.Secret), ServerJson.Default.TokenResponse, statusCode: StatusCodes.Status201Created));
        }).WithSummary("Issues a further token for the caller, such as a submit-only token for a release pipeline.");

        accountsApi.MapDelete("/tokens/{id}", async (string id, HttpContext context, RegistryAccounts accounts, CancellationToken cancel) =>
            Problems.Json(await accounts.Revoke(context.Caller(), id, cancel), _ => Results.NoContent())).WithSummary("Revokes a token: it signs nobody in from then on.");

        accountsApi.MapGet("/organisations", async (HttpContext context, RegistryAccounts accounts, CancellationToken cancel) =>
            Results.Json((IReadOnlyList<OrganisationResponse>)[.. (await accounts.Organisations(context.Caller(), cancel)).Select(OrganisationResponse.Of)], ServerJson.Default.IReadOnlyListOrganisationResponse));

        accountsApi.MapGet("/users", async (HttpContext context, RegistryAccounts accounts, CancellationToken cancel) =>
            Problems.Json(await accounts.Accounts(context.Caller(), cancel), list => Results.Json((IReadOnlyList<UserResponse>)[.. list.Select(UserResponse.Of)], ServerJson.Default.IReadOnlyListUserResponse)))
            .WithSummary($"The accounts an admin manages, by name (a site admin's: all; an agency admin's: its agency's), at most {RegistryAccounts.MaxListedAccounts}.");

        accountsApi.MapPost("/organisations", async (OrganisationRequest request, HttpContext context, RegistryAccounts accounts, CancellationToken cancel) =>
        {
            if (Words.Kind(request.Kind ?? "") is not { } kind)
            {
                return Problems.Result(RegistryProblem.Invalid("kind", "must be agency or vendor"));
            }

            var created = await accounts.CreateOrganisation(context.Caller(), request.Name ?? "", kind, request.VendorId, cancel);
            return Problems.Json(created, o => Results.Json(OrganisationResponse.Of(o), ServerJson.Default.OrganisationResponse, statusCode: StatusCodes.Status201Created));
        }).WithSummary("Creates an agency or a vendor (site admins).");

        accountsApi.MapPost("/users", async (UserRequest request, HttpContext context, RegistryAccounts accounts, CancellationToken cancel) =>
        {
            if (Words.Role(request.Role ?? "") is not { } role)
            {
                return Problems.Result(RegistryProblem.Invalid("role", $"must be one of {Words.Roles.Listing}"));
            }

            var created = await accounts.CreateAccount(context.Caller(), request.Name ?? "", role, request.Organisation ?? "", request.Password ?? "", cancel);
            return Problems.Json(created, a => Results.Json(UserResponse.Of(a), ServerJson.Default.UserResponse, statusCode: StatusCodes.Status201Created));
        }).WithSummary("Creates a local account (site admins; agency admins for their own agency).");

        accountsApi.MapPost("/organisations/{id}/keys", async (string id, KeyRequest request, HttpContext context, RegistryAccounts accounts, CancellationToken cancel) =>
            Problems.Json(await accounts.AddKey(context.Caller(), id, request.PublicKey ?? "", cancel),
                k => Results.Json(KeyResponse.Of(k), ServerJson.Default.KeyResponse, statusCode: StatusCodes.Status201Created)))
            .WithSummary("Registers a public key (PEM, P-256) a vendor signs its bundles with.");

        accountsApi.MapGet("/audit/verify", async (HttpContext context, IRegistryStore store, CancellationToken cancel) =>
        {
            if (!context.Caller().IsSiteAdmin)
            {
                return Problems.Result(RegistryProblem.Forbidden("only a site admin checks the audit log"));
            }

            var (entries, problems) = await AuditChain.Check(store, "audit-log", cancel);
            return Results.Json(new AuditVerifyResponse(problems.Count == 0, entries, [.. problems.Select(Problems.Of)]), ServerJson.Default.AuditVerifyResponse);
        }).WithSummary("Checks the audit log's hash chain, as procbase db verify does (site admins).");
    }
}
