using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>
/// Organisations and users (site admins; agency admins for their own agency's staff), and API tokens for everyone
/// signed in, such as a submit-only token for a vendor's release pipeline. Each form posts and redirects back, or shows
/// the page again with what was wrong next to the form.
/// </summary>
internal static class AdminPage
{
    public static readonly Html Welcome = Layout.Notice(Html.Of($"Your organisation is signed up. Register the public key your bundles will be signed with below, or make a key pair in this browser."));

    public static async Task<IResult> Show(HttpContext context, RegistryAccounts accounts, CancellationToken cancel, Html notice = default, string? errorFor = null, string? error = null)
    {
        var caller = context.Caller();
        var organisations = await accounts.Organisations(caller, cancel);
        var admin = caller.IsSiteAdmin || caller.Role == Role.AgencyAdmin;
        var users = admin ? (await accounts.Accounts(caller, cancel)).Value ?? [] : [];
        var names = organisations.ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        var body = Html.Of($"""
            {notice}
            {Html.When(admin, Html.Of($"""
                <h2 id="organisations">Organisations</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table><thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Vendor id</th><th scope="col">Id</th></tr></thead>
                <tbody>{Html.Join(organisations, o => Html.Of($"<tr><td>{o.Name}</td><td>{Words.Of(o.Kind)}</td><td>{o.VendorId ?? ""}</td><td><span class=\"code\">{o.Id}</span></td></tr>"))}</tbody></table></div>
                """))}
            {Html.When(admin, Html.Of($"""
                <h2 id="users">Users</h2>
                {Html.When(users.Count == RegistryAccounts.MaxListedAccounts, Html.Of($"<p class=\"hint\">The first {RegistryAccounts.MaxListedAccounts} by name.</p>"))}
                <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table id="user-list"><thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Organisation</th><th scope="col">Since</th></tr></thead>
                <tbody>{Html.Join(users, u => Html.Of($"<tr><td>{u.Name}</td><td>{Words.Of(u.Role)}</td><td>{names.GetValueOrDefault(u.OrganisationId, u.OrganisationId)}</td><td>{Timestamps.Day(DateOnly.FromDateTime(u.Created.UtcDateTime))}</td></tr>"))}</tbody></table></div>
                """))}
            {Html.When(caller.IsSiteAdmin, NewOrganisation(context, Error("organisation", errorFor, error)))}
            {Html.When(admin, NewUser(context, caller, organisations, Error("user", errorFor, error)))}
            {Html.When(caller.Role == Role.Vendor || caller.IsSiteAdmin, NewKey(context, caller, organisations, Error("key", errorFor, error)))}
            {Tokens(context, Error("token", errorFor, error))}
            """);
        return Layout.Page(context, admin ? "Admin" : "Your account", body, error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity, signing: caller.Role == Role.Vendor);
    }

    public static async Task<IResult> CreateOrganisation(HttpContext context, RegistryAccounts accounts, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        if (Words.Kind(form["kind"].ToString()) is not { } kind)
        {
            return await Show(context, accounts, cancel, errorFor: "organisation", error: "The kind must be agency or vendor.");
        }

        var vendorId = form["vendor-id"].ToString();
        var created = await accounts.CreateOrganisation(context.Caller(), form["name"].ToString(), kind, vendorId.Length == 0 ? null : vendorId, cancel);
        return created.Problem is { } problem ? await Show(context, accounts, cancel, errorFor: "organisation", error: problem.Detail) : Results.Redirect("/portal/admin#organisations");
    }

    public static async Task<IResult> CreateUser(HttpContext context, RegistryAccounts accounts, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        if (Words.Role(form["role"].ToString()) is not { } role)
        {
            return await Show(context, accounts, cancel, errorFor: "user", error: $"The role must be one of {Words.Roles.Listing}.");
        }

        var created = await accounts.CreateAccount(context.Caller(), form["name"].ToString(), role, form["organisation"].ToString(), form["password"].ToString(), cancel);
        return created.Problem is { } problem
            ? await Show(context, accounts, cancel, errorFor: "user", error: problem.Detail)
            : await Show(context, accounts, cancel, Layout.Notice(Html.Of($"Made the account {created.Value!.Name} ({Words.Of(created.Value.Role)}).")));
    }

    public static async Task<IResult> IssueToken(HttpContext context, RegistryAccounts accounts, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        if (Words.Scopes(form["scope"].ToString()) is not { } scopes || scopes == TokenScopes.None)
        {
            return await Show(context, accounts, cancel, errorFor: "token", error: $"Choose at least one scope among {Words.ScopeListing}.");
        }

        var issued = await accounts.IssueToken(context.Caller(), form["name"].ToString(), scopes, cancel);
        if (issued.Problem is { } problem)
        {
            return await Show(context, accounts, cancel, errorFor: "token", error: problem.Detail);
        }

        // Shown on this response only: the registry keeps the token's hash, never the token.
        return await Show(context, accounts, cancel, Html.Of($"""
            <div class="notice" role="status"><p>The token {issued.Value!.Token.Name} (<span class="code">{issued.Value.Token.Id}</span>, {Words.Of(issued.Value.Token.Scopes)}) is shown once; copy it now:</p>
            <p class="secret" id="new-token">{issued.Value.Secret}</p></div>
            """));
    }

    public static async Task<IResult> RevokeToken(HttpContext context, RegistryAccounts accounts, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        var revoked = await accounts.Revoke(context.Caller(), form["token"].ToString(), cancel);
        return revoked.Problem is { } problem
            ? await Show(context, accounts, cancel, errorFor: "token", error: problem.Detail)
            : await Show(context, accounts, cancel, Layout.Notice(Html.Of($"Revoked the token {form["token"].ToString()}.")));
    }

    public static async Task<IResult> AddKey(HttpContext context, RegistryAccounts accounts, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        var added = await accounts.AddKey(context.Caller(), form["organisation"].ToString(), form["public-key"].ToString(), cancel);
        return added.Problem is { } problem
            ? await Show(context, accounts, cancel, errorFor: "key", error: problem.Detail)
            : await Show(context, accounts, cancel, Layout.Notice(Html.Of($"Registered the signing key <span class=\"code\">{added.Value!.KeyId}</span>; bundles signed with it are now trusted for this organisation.")));
    }

    private static Html NewKey(HttpContext context, Caller caller, IReadOnlyList<Organisation> organisations, string? error) => Html.Of($"""
        <h2 id="keys">Signing keys</h2>
        <p class="hint">The public half (PEM, P-256) of the key your bundles are signed with, the <span class="code">.pub.pem</span> file that <span class="code">procbase key new</span> writes.</p>
        {Layout.Alert("key-error", error)}
        <div class="in-browser" hidden>
            <p>No key yet? Make a key pair in this browser: the private key is saved to your computer and never sent to the registry; the public key is put in the form below for you to register.</p>
            <p><button type="button" id="make-key">Make a key pair in this browser</button> <a id="key-download" download="procbase-signing-key.pem" hidden>Save the private key again</a></p>
            <p id="make-key-status" role="status"></p>
        </div>
        {Layout.Form(context, "/portal/keys", Html.Of($"""
            <div><label for="key-organisation">Organisation</label><select id="key-organisation" name="organisation">{Html.Join(organisations.Where(o => o.Kind == OrganisationKind.Vendor), o => Html.Of($"<option value=\"{o.Id}\">{o.Name}</option>"))}</select></div>
            <div><label for="public-key">Public key (PEM)</label><textarea id="public-key" name="public-key" required maxlength="4000"{Html.When(error is not null, new(" aria-describedby=\"key-error\" aria-invalid=\"true\""))}></textarea></div>
            <div><button type="submit">Register the key</button></div>
            """), "Register a signing key", css: "stacked")}
        """);

    private static string? Error(string form, string? errorFor, string? error) => form == errorFor ? error : null;

    private static Html NewOrganisation(HttpContext context, string? error) => Html.Of($"""
        <h2 id="new-organisation">Add an organisation</h2>
        {Layout.Alert("organisation-error", error)}
        {Layout.Form(context, "/portal/admin/organisations", Html.Of($"""
            <div><label for="org-name">Name</label><input type="text" id="org-name" name="name" required maxlength="200"></div>
            <div><label for="org-kind">Kind</label><select id="org-kind" name="kind"><option value="agency">agency</option><option value="vendor">vendor</option></select></div>
            <div><label for="org-vendor-id">Vendor id <span class="hint">(the ABN, DUNS… its attestations carry; vendors only)</span></label><input type="text" id="org-vendor-id" name="vendor-id" maxlength="100"></div>
            <div><button type="submit">Add the organisation</button></div>
            """), "Add an organisation", css: "stacked")}
        """);

    private static Html NewUser(HttpContext context, Caller caller, IReadOnlyList<Organisation> organisations, string? error)
    {
        Role[] roles = caller.IsSiteAdmin ? [Role.Vendor, Role.Reviewer, Role.AgencyAdmin, Role.SiteAdmin] : [Role.Reviewer, Role.AgencyAdmin];
        return Html.Of($"""
            <h2 id="new-user">Add a user</h2>
            {Layout.Alert("user-error", error)}
            {Layout.Form(context, "/portal/admin/users", Html.Of($"""
                <div><label for="user-name">Name</label><input type="text" id="user-name" name="name" required maxlength="100" autocomplete="off"></div>
                <div><label for="user-role">Role</label><select id="user-role" name="role">{Html.Join(roles, r => Html.Of($"<option value=\"{Words.Of(r)}\">{Words.Of(r)}</option>"))}</select></div>
                <div><label for="user-organisation">Organisation</label><select id="user-organisation" name="organisation">{Html.Join(organisations, o => Html.Of($"<option value=\"{o.Id}\">{o.Name} ({Words.Of(o.Kind)})</option>"))}</select></div>
                <div><label for="user-password">Password <span class="hint">(at least 12 characters)</span></label><input type="password" id="user-password" name="password" required autocomplete="new-password"></div>
                <div><button type="submit">Add the user</button></div>
                """), "Add a user", css: "stacked")}
            """);
    }

    private static Html Tokens(HttpContext context, string? error) => Html.Of($"""
        <h2 id="tokens">API tokens</h2>
        <p class="hint">For <span class="code">procbase submit</span> in a release pipeline, and for the HTTP API. A token never carries more than your role allows.</p>
        {Layout.Alert("token-error", error)}
        {Layout.Form(context, "/portal/tokens", Html.Of($"""
            <div><label for="token-name">Token name</label><input type="text" id="token-name" name="name" required maxlength="100" placeholder="release pipeline"></div>
            <fieldset><legend>Scopes</legend>{Html.Join(Words.ScopeListing.Split(", "), s => Html.Of($"<div><input type=\"checkbox\" id=\"scope-{s}\" name=\"scope\" value=\"{s}\"> <label class=\"inline-label\" for=\"scope-{s}\">{s}</label></div>"))}</fieldset>
            <div><button type="submit">Issue a token</button></div>
            """), "Issue a token", css: "stacked")}
        {Layout.Form(context, "/portal/tokens/revoke", Html.Of($"""
            <div><label for="revoke-id">Token id to revoke</label><input type="text" id="revoke-id" name="token" required maxlength="100"></div>
            <div><button type="submit">Revoke</button></div>
            """), "Revoke a token", css: "stacked")}
        """);
}
