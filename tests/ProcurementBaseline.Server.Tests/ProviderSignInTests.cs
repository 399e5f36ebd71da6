using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Authentication;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// Signing in to the portal through an OpenID Connect provider (a fake one on loopback that checks PKCE as a real one
/// does): the claims make the account's role and organisation, the provider's later say moves the role, and claims that
/// do not fit, forged tokens and replayed answers are refused with PB2020 and no session.
/// </summary>
[TestClass]
public sealed partial class ProviderSignInTests
{
    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task AProviderUser_SignsIn_AsTheRoleAndOrganisationItsClaimsName_AndFollowsTheProvidersLaterRole(string database)
    {
        await using var provider = await FakeIdentityProvider.Start();
        await using var registry = await TestRegistry.Start(database, oidc: Settings(provider));
        var agency = await registry.Agency("Agency");

        var signIn = await SignIn(registry, provider);
        Assert.AreEqual(HttpStatusCode.OK, signIn.Status, signIn.Body);
        StringAssert.Contains(signIn.Body, "id=\"signed-in\"");
        StringAssert.Contains(signIn.Body, "http-equiv=\"refresh\" content=\"0;url=/portal/procurements\"", "the page moves on to where the user was going");
        Assert.AreEqual("S256", provider.LastAuthorization["code_challenge_method"]);
        Assert.AreEqual(1, provider.VerifiedExchanges, "the registry proved its PKCE verifier to the provider");
        var home = await Get(registry, signIn.Cookies, "/portal");
        Assert.AreEqual(HttpStatusCode.OK, home.Status, "the session works: " + home.Body);
        StringAssert.Contains(home.Body, "reviewer@agency.example");

        var account = await Account(registry, "reviewer@agency.example");
        Assert.AreEqual("reviewer", account["role"]!.GetValue<string>());
        Assert.AreEqual(agency.Id, account["organisation"]!.GetValue<string>());

        // The provider makes the user its agency's admin: the same account, now an agency admin.
        provider.NextUser = provider.NextUser with { Roles = ["reviewer", "agency-admin", "unrelated-group"] };
        Assert.AreEqual(HttpStatusCode.OK, (await SignIn(registry, provider)).Status);
        var promoted = await Account(registry, "reviewer@agency.example");
        Assert.AreEqual(account["id"]!.GetValue<string>(), promoted["id"]!.GetValue<string>());
        Assert.AreEqual("agency-admin", promoted["role"]!.GetValue<string>());

        var audit = new List<AuditEntry>();
        await foreach (var entry in registry.Services.GetRequiredService<IRegistryStore>().AuditLog(CancellationToken.None))
        {
            audit.Add(entry);
        }

        Assert.IsTrue(audit.Any(e => e.Action == "user.create" && e.Detail.Contains($"signed in as subject-1 at {provider.Issuer.ToString().TrimEnd('/')}", StringComparison.Ordinal)), "the account's making names the provider");
        Assert.IsTrue(audit.Any(e => e.Action == "user.role" && e.Detail.StartsWith("reviewer to agency-admin", StringComparison.Ordinal)));
        var verify = await TestRegistry.Json(await registry.As(await registry.Admin()).GetAsync("/api/audit/verify"));
        Assert.IsTrue(verify["intact"]!.GetValue<bool>(), verify.ToJsonString());
    }

    [TestMethod]
    public async Task ClaimsThatDoNotFit_AreRefused_WithACode_AndNoSession()
    {
        await using var provider = await FakeIdentityProvider.Start();
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite, oidc: Settings(provider));
        await registry.Agency("Agency");
        await registry.Vendor("Acme Software");

        string[] refusals =
        [
            await Refused(registry, provider, new FakeUser("s-none", "nobody", "Agency")),
            await Refused(registry, provider, new FakeUser("s-unmapped", "outsider", "Agency", "staff", "everyone")),
            await Refused(registry, provider, new FakeUser("s-unknown", "stranger", "No Such Agency", "reviewer")),
            await Refused(registry, provider, new FakeUser("s-wrong-kind", "confused", "Acme Software", "reviewer")),
            await Refused(registry, provider, new FakeUser("s-both", "two-sided", "Agency", "reviewer", "vendor")),
            // The provider's own "admin" is not the registry's admin: accounts are found by issuer and subject, never by name.
            await Refused(registry, provider, new FakeUser("s-admin", RegistryAccounts.SiteAdminName, null, "site-admin")),
            await Refused(registry, provider, new FakeUser("s-control", "bell\u0007", "Agency", "reviewer")),
        ];
        StringAssert.Contains(refusals[0], "carries no role claim");
        StringAssert.Contains(refusals[1], "none of the provider&#39;s role values (staff, everyone)");
        StringAssert.Contains(refusals[2], "&#39;No Such Agency&#39; is not an agency organisation");
        StringAssert.Contains(refusals[3], "&#39;Acme Software&#39; is not an agency organisation");
        StringAssert.Contains(refusals[4], "both a vendor and");
        StringAssert.Contains(refusals[5], "belongs to another account");
        StringAssert.Contains(refusals[6], "must not hold control characters");

        // A user the provider moves to another organisation keeps its account where its records are, and is refused.
        provider.NextUser = new FakeUser("s-mover", "mover", "Agency", "reviewer");
        Assert.AreEqual(HttpStatusCode.OK, (await SignIn(registry, provider)).Status);
        var second = await registry.Create(await registry.Admin(), "/api/organisations", new { name = "Second Agency", kind = "agency" });
        StringAssert.Contains(await Refused(registry, provider, new FakeUser("s-mover", "mover", "Second Agency", "reviewer")), "its account belongs to another organisation");
        Assert.IsNotNull(second);
        var users = await TestRegistry.Json(await registry.As(await registry.Admin()).GetAsync("/api/users"));
        Assert.AreEqual(1, users.AsArray().Count(u => u!["name"]!.GetValue<string>() == RegistryAccounts.SiteAdminName), "no second admin was made");
        Assert.IsFalse(users.AsArray().Any(u => u!["name"]!.GetValue<string>() is "nobody" or "outsider" or "stranger" or "confused" or "two-sided"), "a refused sign-in leaves no account");
    }

    [TestMethod]
    public async Task AForgedToken_ATamperedState_AndAReplayedAnswer_AreRefused()
    {
        await using var provider = await FakeIdentityProvider.Start();
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite, oidc: Settings(provider));
        await registry.Agency("Agency");

        provider.SignWithForeignKey = true;
        var forged = await SignIn(registry, provider);
        Assert.AreEqual(HttpStatusCode.Forbidden, forged.Status);
        StringAssert.Contains(forged.Body, "PB2020");
        Assert.IsFalse(forged.Cookies.ContainsKey(SessionAuthentication.CookieName), "a token signed with a key the provider never published starts no session");
        provider.SignWithForeignKey = false;

        var exchanged = provider.VerifiedExchanges;
        var tampered = await SignIn(registry, provider, callback => StateValue().Replace(callback, "state=forged"));
        Assert.AreEqual(HttpStatusCode.Forbidden, tampered.Status);
        Assert.IsFalse(tampered.Cookies.ContainsKey(SessionAuthentication.CookieName));
        Assert.AreEqual(exchanged, provider.VerifiedExchanges, "a tampered state is refused before the code is exchanged");

        var signedIn = await SignIn(registry, provider);
        Assert.AreEqual(HttpStatusCode.OK, signedIn.Status);
        var replayed = await Get(registry, signedIn.Cookies, signedIn.Callback);
        Assert.AreEqual(HttpStatusCode.Forbidden, replayed.Status, "the provider's answer is good once: " + replayed.Body);
        Assert.IsFalse(replayed.Cookies.ContainsKey(SessionAuthentication.CookieName));
    }

    [TestMethod]
    public async Task WithoutAProvider_ThePortalOffersNone()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);
        var page = await registry.Anonymous().GetStringAsync("/portal/sign-in");
        Assert.DoesNotContain("provider-sign-in", page);
        Assert.AreEqual(HttpStatusCode.NotFound, (await registry.Anonymous().GetAsync("/portal/sign-in/provider")).StatusCode);
    }

    [TestMethod]
    public async Task AProviderThatDoesNotAnswer_IsSaidSo_AndPasswordsStillSignIn()
    {
        Uri gone;
        await using (var provider = await FakeIdentityProvider.Start())
        {
            gone = provider.Issuer;
        }

        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite, oidc: new OidcSettings(gone, FakeIdentityProvider.ClientId));
        var answer = await Get(registry, [], "/portal/sign-in/provider");
        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, answer.Status, answer.Body);
        StringAssert.Contains(answer.Body, "PB2021");
        StringAssert.Contains(answer.Body, gone.ToString());
        Assert.IsNotNull(await registry.Admin(), "local accounts sign in whatever the provider does");
    }

    [TestMethod]
    public void ServesProviderOptions_AreCheckedBeforeItStarts_AllProblemsAtOnce()
    {
        var (code, _, error) = InProcessCli.Procbase("serve", "--data", Path.Combine(Path.GetTempPath(), "procbase-never-" + Guid.NewGuid().ToString("N")),
            "--oidc-authority", "http://login.example.gov.au/", "--oidc-role", "staff", "--oidc-role", "admins=root");
        Assert.AreEqual(2, code, error);
        StringAssert.Contains(error, "must be an https:// URL (http:// on loopback only)");
        StringAssert.Contains(error, "--oidc-authority needs --oidc-client-id");
        StringAssert.Contains(error, "--oidc-role 'staff' must be VALUE=ROLE");
        StringAssert.Contains(error, "--oidc-role 'admins=root' must be VALUE=ROLE");
    }

    private static OidcSettings Settings(FakeIdentityProvider provider) => new(provider.Issuer, FakeIdentityProvider.ClientId) { DisplayName = "Agency ID" };

    /// <summary>A response: its status, body and redirect, the cookies it set, and (for a sign-in) the callback address it answered.</summary>
    private sealed record Answer(HttpStatusCode Status, string Body, string Location, Dictionary<string, string> Cookies, string Callback = "");

    /// <summary>
    /// The browser's part of the flow: the portal's button, the provider's redirect back, the portal's callback. The
    /// callback address may be altered on its way, as an attacker in the middle would.
    /// </summary>
    private static async Task<Answer> SignIn(TestRegistry registry, FakeIdentityProvider provider, Func<string, string>? alter = null)
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = await Get(registry, cookies, "/portal/sign-in/provider?return=%2Fportal%2Fprocurements");
        Assert.AreEqual(HttpStatusCode.Redirect, start.Status, start.Body);
        StringAssert.StartsWith(start.Location, provider.Issuer + "authorize?");
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var approved = await browser.GetAsync(start.Location);
        Assert.AreEqual(HttpStatusCode.Redirect, approved.StatusCode, await approved.Content.ReadAsStringAsync());
        var back = approved.Headers.Location!;
        Assert.AreEqual(OidcSettings.CallbackPath, back.AbsolutePath);
        var callback = (alter ?? (c => c))(back.PathAndQuery);
        var answer = await Get(registry, cookies, callback);
        return answer with { Callback = callback };
    }

    private static async Task<string> Refused(TestRegistry registry, FakeIdentityProvider provider, FakeUser user)
    {
        provider.NextUser = user;
        var answer = await SignIn(registry, provider);
        Assert.AreEqual(HttpStatusCode.Forbidden, answer.Status, $"{user}: {answer.Body}");
        StringAssert.Contains(answer.Body, "PB2020");
        Assert.IsFalse(answer.Cookies.ContainsKey(SessionAuthentication.CookieName), $"{user} was refused but given a session");
        return answer.Body;
    }

    /// <summary>A GET as a browser makes it: with the cookies it holds, keeping those the answer sets.</summary>
    private static async Task<Answer> Get(TestRegistry registry, Dictionary<string, string> cookies, string path)
    {
        using var client = registry.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        using var response = await client.SendAsync(request);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = set.Split(';')[0];
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = (pair[..at], pair[(at + 1)..]);
            if (value.Length == 0 || set.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                cookies.Remove(name);
            }
            else
            {
                cookies[name] = value;
                given[name] = value;
            }
        }

        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString() ?? "", given);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> Account(TestRegistry registry, string name)
    {
        var users = await TestRegistry.Json(await registry.As(await registry.Admin()).GetAsync("/api/users"));
        return users.AsArray().Single(u => u!["name"]!.GetValue<string>() == name)!;
    }

    [GeneratedRegex("state=[^&]+")]
    private static partial Regex StateValue();
}
