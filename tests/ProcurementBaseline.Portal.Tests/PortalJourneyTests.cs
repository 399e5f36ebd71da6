using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Tests.Server;

using static ProcurementBaseline.Tests.Portal.PortalAssertions;

namespace ProcurementBaseline.Tests.Portal;

/// <summary>
/// The portal end to end in Chromium: an admin makes a vendor and its user, an agency opens a procurement, the vendor
/// fixes a refused upload and submits two versions, a reviewer filters findings, opens a derivation, compares vendors and
/// rejects with a reason, and a reviewer of another agency is kept out. Hostile text goes into every field on the way.
/// </summary>
[TestClass]
public sealed class PortalJourneyTests
{
    /// <summary>Markup, a script, bidirectional and zero-width characters, Japanese and Devanagari, and a very long word.</summary>
    private static readonly string Hostile = "Evil <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> \u202e日本語 हिन्दी &amp; " + new string('W', 300);

    private const string Password = RegistrySetup.Password;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task VendorSubmits_ReviewerDecides_AndAnotherAgencyIsKeptOut()
    {
        await using var server = await PortalServer.Start();
        await using var browser = await Browser.Launch();
        var setup = server.Setup;
        var admin = await setup.SignIn("admin", server.AdminPassword);
        var agency = await setup.Create(admin, "/api/organisations", new { name = "Agency A", kind = "agency" });
        var other = await setup.Create(admin, "/api/organisations", new { name = "Agency B", kind = "agency" });
        await setup.Create(admin, "/api/users", new { name = "a-admin", role = "agency-admin", organisation = agency, password = Password });
        await setup.Create(admin, "/api/users", new { name = "a-reviewer", role = "reviewer", organisation = agency, password = Password });
        await setup.Create(admin, "/api/users", new { name = "b-reviewer", role = "reviewer", organisation = other, password = Password });

        // The site admin makes the vendor and its user through the portal's forms.
        await using (var siteAdmin = await browser.Open(server.Address))
        {
            await siteAdmin.SignIn("admin", server.AdminPassword);
            var page = siteAdmin.Page;
            await page.GotoAsync("/portal/admin");
            await page.GetByLabel("Name", new() { Exact = true }).First.FillAsync("Acme " + Hostile);
            await page.GetByLabel("Kind").SelectOptionAsync("vendor");
            await page.Locator("#org-vendor-id").FillAsync("ABN 51 824 753 556");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the organisation" }).ClickAsync();
            await Expect(page.Locator("table").First).ToContainTextAsync("<script>window.pwned=1</script>");
            await page.Locator("#user-name").FillAsync("acme-vendor");
            await page.Locator("#user-role").SelectOptionAsync("vendor");
            var acme = await page.Locator("#user-organisation option", new() { HasText = "(vendor)" }).GetAttributeAsync("value");
            await page.Locator("#user-organisation").SelectOptionAsync(acme!);
            await page.Locator("#user-password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Made the account acme-vendor");
            await Expect(page.Locator("#user-list")).ToContainTextAsync("acme-vendor");
            await siteAdmin.Check("admin");
            await NotPwned(page);
        }

        var key = SigningKeys.NewKey();
        // The agency's admin opens a procurement with a hostile title.
        string procurement;
        await using (var agencyAdmin = await browser.Open(server.Address))
        {
            await agencyAdmin.SignIn("a-admin", Password);
            var page = agencyAdmin.Page;
            await agencyAdmin.Check("procurements");
            await page.GetByLabel("Title").FillAsync("Records " + Hostile);
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "au-software-supplier" }).CheckAsync();
            await page.GetByLabel("Closes on").FillAsync("2026-12-31");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open the procurement" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/portal/procurements/prc_"));
            procurement = page.Url.Split('/').Last();
            await Expect(page.Locator("h1")).ToContainTextAsync("<script>window.pwned=1</script>");
            await NotPwned(page);
        }

        // The vendor's first upload is not a bundle: the refusal is shown by the field; then two signed versions.
        var first = TestBundles.Signed("acme-ssdf-mapped", key);
        var hostileAttestation = Encoding.UTF8.GetBytes(ForgedBundles.Attestation(first).Replace("name: \"Acme Records Gateway\"", $"name: \"{Hostile.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", StringComparison.Ordinal));
        var second = ForgedBundles.WithAttestation(first, hostileAttestation, key);
        string submission;
        await using (var vendor = await browser.Open(server.Address))
        {
            await vendor.SignIn("acme-vendor", Password);
            var page = vendor.Page;
            await page.GotoAsync("/portal/admin");
            await page.GetByLabel("Public key (PEM)").FillAsync("not a key " + Hostile);
            await page.GetByRole(AriaRole.Button, new() { Name = "Register the key" }).ClickAsync();
            await Expect(page.Locator("#key-error")).ToBeVisibleAsync();
            await vendor.Check("key-refused", refusedWith: 422);
            await page.GetByLabel("Public key (PEM)").FillAsync(SigningKeys.PublicPem(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Register the key" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Registered the signing key");
            await vendor.Check("vendor-account");

            await page.GotoAsync($"/portal/procurements/{procurement}");
            await vendor.Check("procurement-vendor");
            await page.GetByLabel("Signed bundle (.zip)").SetInputFilesAsync(new FilePayload { Name = "attestation.yaml", MimeType = "application/zip", Buffer = hostileAttestation });
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
            await Expect(page.Locator("#upload-error")).ToContainTextAsync("PB20");
            await Expect(page.GetByLabel("Signed bundle (.zip)")).ToHaveAttributeAsync("aria-invalid", "true");
            await vendor.Check("upload-refused", refusedWith: 422);

            await page.GetByLabel("Signed bundle (.zip)").SetInputFilesAsync(new FilePayload { Name = "acme.zip", MimeType = "application/zip", Buffer = first });
            await Submit(page);
            await Expect(page.Locator("#verdict-table")).ToContainTextAsync("au-software-supplier");

            await page.GotoAsync($"/portal/procurements/{procurement}");
            await page.GetByLabel("Signed bundle (.zip)").SetInputFilesAsync(new FilePayload { Name = "acme-2.zip", MimeType = "application/zip", Buffer = second });
            await Submit(page);
            submission = page.Url.Split('/').Last();
            await Expect(page.Locator("h1")).ToContainTextAsync("(version 2)");
            await Expect(page.Locator("h1")).ToContainTextAsync("<script>window.pwned=1</script>");
            await vendor.Check("submission-vendor");
            await vendor.AssertGlyphs("日", "本", "語", "ह", "न", "द");
            await NotPwned(page);
        }

        // The agency's reviewer works through the queue.
        await using (var reviewer = await browser.Open(server.Address))
        {
            await reviewer.SignIn("a-reviewer", Password);
            var page = reviewer.Page;
            await page.GotoAsync($"/portal/procurements/{procurement}");
            await Expect(page.Locator("#queue tbody tr")).ToHaveCountAsync(2);
            await reviewer.Check("queue");

            await page.GotoAsync($"/portal/submissions/{submission}");
            await Expect(page.Locator("#changes")).ToBeVisibleAsync();
            var all = await page.Locator("#findings tbody tr").CountAsync();
            await page.GetByLabel("Finding", new() { Exact = true }).SelectOptionAsync("met-via-mapping");
            await page.WaitForURLAsync(new Regex("finding=met-via-mapping"));
            await Expect(page.Locator("#findings caption")).Not.ToContainTextAsync($"{all} of");
            var rows = page.Locator("#findings tbody tr");
            Assert.IsGreaterThan(0, await rows.CountAsync(), "the sample meets some controls through its SSDF practices");
            Assert.AreEqual(await rows.CountAsync(), await page.Locator("#findings td.finding-met-via-mapping").CountAsync(), "the filter kept only met-via-mapping findings");
            var derivation = page.Locator("details.derivation").First;
            await derivation.Locator("summary").ClickAsync();
            await Expect(derivation.Locator("ul.tree")).ToContainTextAsync("nist-ssdf@1.1#");
            await Expect(derivation.Locator("ul.tree")).ToContainTextAsync("via");
            await reviewer.Check("submission-reviewer");

            await page.GotoAsync($"/portal/procurements/{procurement}/compare");
            await Expect(page.Locator("#comparison tbody tr")).ToHaveCountAsync(1);
            await reviewer.Check("compare");

            await page.GotoAsync($"/portal/submissions/{submission}");
            await page.GetByLabel("Reject").CheckAsync();
            await page.GetByLabel("Reason").FillAsync("Not yet: " + Hostile);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
            await Expect(page.Locator("ol.decisions")).ToContainTextAsync("Not yet: Evil <script>window.pwned=1</script>");
            await Expect(page.Locator("dl.facts")).ToContainTextAsync("reject");
            await NotPwned(page);
        }

        // A reviewer of another agency cannot see the procurement or the submission.
        await using (var outsider = await browser.Open(server.Address))
        {
            await outsider.SignIn("b-reviewer", Password);
            var page = outsider.Page;
            var response = await page.GotoAsync($"/portal/submissions/{submission}");
            Assert.IsTrue(response!.Status is 403 or 404, $"another agency's reviewer got {response.Status}");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("au-software-supplier");
            await outsider.Check("kept-out", refusedWith: response.Status);
            await page.GotoAsync("/portal");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Records Evil");
        }

        // At phone width the reviewer's submission page still fits.
        await using (var phone = await browser.Open(server.Address, width: 360))
        {
            await phone.SignIn("a-reviewer", Password);
            await phone.Page.GotoAsync($"/portal/submissions/{submission}");
            await phone.Check("submission-360px");
        }
    }

    /// <summary>Submits the upload form and waits for the submission's page, or fails with the refusal the page shows.</summary>
    private static async Task Submit(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (!page.Url.Contains("/portal/submissions/sub_", StringComparison.Ordinal))
        {
            Assert.Fail($"the upload was refused: {await page.Locator("main").InnerTextAsync()}");
        }
    }
}
