using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Tests.Server;

using static ProcurementBaseline.Tests.Portal.PortalAssertions;

namespace ProcurementBaseline.Tests.Portal;

/// <summary>
/// Signing in through an OpenID Connect provider in Chromium, with the provider on another site than the portal (as in
/// deployment): the SameSite=Strict session must be there when the user lands, not only after the next click.
/// </summary>
[TestClass]
public sealed class PortalProviderSignInTests
{
    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task AReviewer_SignsInThroughTheProvider_AndLandsSignedIn_WhereItWasGoing()
    {
        await using var provider = await FakeIdentityProvider.Start(host: "localhost");
        await using var server = await PortalServer.Start(new OidcSettings(provider.Issuer, FakeIdentityProvider.ClientId) { DisplayName = "Agency ID" });
        var admin = await server.Setup.SignIn("admin", server.AdminPassword);
        await server.Setup.Create(admin, "/api/organisations", new { name = "Agency", kind = "agency" });
        provider.NextUser = new FakeUser("rita-7", "rita@agency.example", "Agency", "reviewer");

        await using var browser = await Browser.Launch();
        await using var session = await browser.Open(server.Address);
        var page = session.Page;
        await page.GotoAsync("/portal/standards");
        await page.WaitForURLAsync(new Regex("/portal/sign-in"));
        await session.Check("provider-sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Agency ID" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/portal/standards$"));
        await Expect(page.Locator(".who")).ToContainTextAsync("rita@agency.example · Agency · reviewer");
        Assert.AreEqual(1, provider.VerifiedExchanges);
        await session.Check("provider-signed-in");

        // Signing out ends the registry's session: the next page asks to sign in again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/portal/standards");
        await page.WaitForURLAsync(new Regex("/portal/sign-in"));
    }
}
