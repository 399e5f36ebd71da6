using System.Net;
using System.Text.RegularExpressions;

namespace ProcurementBaseline.Tests.Portal;

/// <summary>The portal's defences over plain HTTP, without a browser: headers, cookies, antiforgery, the two sign-ins kept apart, redirects kept local.</summary>
[TestClass]
public sealed partial class PortalSecurityTests
{
    [TestMethod]
    public async Task Pages_CarryAStrictContentSecurityPolicy_AndNoInlineScript()
    {
        await using var server = await PortalServer.Start();
        using var client = Plain(server);
        using var response = await client.GetAsync("/portal/sign-in");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        StringAssert.Contains(policy, "script-src 'self'");
        StringAssert.Contains(policy, "default-src 'none'");
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.AreEqual("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.AreEqual("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.IsFalse(InlineScript().IsMatch(html), "every script is loaded from the portal's own address");
        Assert.DoesNotContain("style=", html);
    }

    [TestMethod]
    public async Task SigningIn_SetsAnHttpOnlyStrictCookie_AndSigningOutRevokesIt()
    {
        await using var server = await PortalServer.Start();
        using var client = Plain(server);
        var cookies = new Dictionary<string, string>();
        using var signIn = await Post(client, cookies, "/portal/sign-in", "/portal/sign-in", new() { ["name"] = "admin", ["password"] = server.AdminPassword, ["return"] = "//evil.example/steal" });
        Assert.AreEqual(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.AreEqual("/portal", signIn.Headers.Location!.ToString(), "a return address off the portal is not followed");
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("procbase-session=", StringComparison.Ordinal));
        StringAssert.Contains(session, "httponly");
        StringAssert.Contains(session, "samesite=strict");
        var secret = Regex.Match(session, "procbase-session=([^;]+)").Groups[1].Value;

        using (var api = server.Client(null))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/procurements");
            request.Headers.Add("Cookie", "procbase-session=" + secret);
            using var refused = await api.SendAsync(request);
            Assert.AreEqual(HttpStatusCode.Unauthorized, refused.StatusCode, "the API does not take the portal's cookie");
        }

        using (var bearer = Plain(server))
        {
            bearer.DefaultRequestHeaders.Authorization = new("Bearer", secret);
            using var page = await bearer.GetAsync("/portal");
            Assert.AreEqual(HttpStatusCode.Redirect, page.StatusCode, "the portal does not take a bearer token");
            StringAssert.StartsWith(page.Headers.Location!.ToString(), "/portal/sign-in");
        }

        cookies["procbase-session"] = secret;
        using (var home = await Get(client, cookies, "/portal"))
        {
            Assert.AreEqual(HttpStatusCode.OK, home.StatusCode);
        }

        using var signOut = await Post(client, cookies, "/portal", "/portal/sign-out", []);
        Assert.AreEqual(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await Get(client, cookies, "/portal");
        Assert.AreEqual(HttpStatusCode.Redirect, after.StatusCode, "a signed-out session signs nobody in, even if the browser kept the cookie");
    }

    [TestMethod]
    public async Task APostWithoutItsAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        await using var server = await PortalServer.Start();
        using var client = Plain(server);
        var cookies = new Dictionary<string, string>();
        using (await Post(client, cookies, "/portal/sign-in", "/portal/sign-in", new() { ["name"] = "admin", ["password"] = server.AdminPassword }))
        {
        }

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/portal/admin/organisations") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Forged", ["kind"] = "agency" }) };
        forged.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        using var refused = await client.SendAsync(forged);
        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        StringAssert.Contains(await refused.Content.ReadAsStringAsync(), "did not come from this portal");
        var admin = await server.Setup.SignIn("admin", server.AdminPassword);
        using var organisations = await server.Client(admin).GetAsync("/api/organisations");
        Assert.DoesNotContain("Forged", await organisations.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task TheScript_IsSmall_AndServedCompressed()
    {
        await using var server = await PortalServer.Start();
        using var client = Plain(server);
        var html = await client.GetStringAsync("/portal/sign-in");
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.HasCount(1, scripts);
        using var request = new HttpRequestMessage(HttpMethod.Get, scripts[0]);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var gzipped = await client.SendAsync(request);
        Assert.AreEqual("gzip", gzipped.Content.Headers.ContentEncoding.Single());
        Assert.IsLessThan(20 * 1024, (await gzipped.Content.ReadAsByteArrayAsync()).Length, "htmx travels gzipped");
        var plain = await client.GetByteArrayAsync(scripts[0]);
        StringAssert.Contains(System.Text.Encoding.UTF8.GetString(plain), "htmx");
    }

    private static HttpClient Plain(PortalServer server) => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.Address };

    private static async Task<HttpResponseMessage> Get(HttpClient client, Dictionary<string, string> cookies, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        Keep(response, cookies);
        return response;
    }

    /// <summary>Opens the form's page (for its antiforgery token and cookie), then posts the fields with the token.</summary>
    private static async Task<HttpResponseMessage> Post(HttpClient client, Dictionary<string, string> cookies, string formPage, string action, Dictionary<string, string> fields)
    {
        using var page = await Get(client, cookies, formPage);
        var token = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"antiforgery\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.IsFalse(string.IsNullOrEmpty(token), $"{formPage} has a form with an antiforgery token");
        fields["antiforgery"] = token;
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await client.SendAsync(request);
        Keep(response, cookies);
        return response;
    }

    private static void Keep(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        foreach (var set in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = set.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<script[^>]*\\bsrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
