using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Tests.Server;

using static ProcurementBaseline.Tests.Portal.PortalAssertions;

namespace ProcurementBaseline.Tests.Portal;

/// <summary>
/// The attestation editor in Chromium: a vendor signs up, makes its key pair in the browser, starts an attestation for a procurement, answers every control page by
/// page, uploads two evidence files, sees an impossible date reported beside its field (live, then on save), fixes it,
/// previews the verdicts, signs the bundle's statement in the browser and submits it; a reviewer compares it with a
/// second vendor's submission and rejects it with a reason.
/// </summary>
[TestClass]
public sealed class PortalEditorTests
{
    private const string Hostile = "<script>window.pwned=1</script> 日本語 हिन्दी";

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task VendorSignsUp_FillsInAnAttestation_FixesAnInlineError_AndSubmitsItSignedInTheBrowser()
    {
        await using var server = await PortalServer.Start();
        await using var browser = await Browser.Launch();
        var setup = server.Setup;
        var admin = await setup.SignIn("admin", server.AdminPassword);
        var agency = await setup.Create(admin, "/api/organisations", new { name = "Agency", kind = "agency" });
        await setup.Create(admin, "/api/users", new { name = "agency-admin", role = "agency-admin", organisation = agency, password = RegistrySetup.Password });
        await setup.Create(admin, "/api/users", new { name = "agency-reviewer", role = "reviewer", organisation = agency, password = RegistrySetup.Password });
        var procurement = await setup.Create(await setup.SignIn("agency-admin", RegistrySetup.Password), "/api/procurements", new { title = "Software", baselines = new[] { "au-software-supplier" }, closes = "2099-12-31" });
        await using var vendor = await browser.Open(server.Address, width: 360);
        var page = vendor.Page;

        // The vendor signs up from the sign-in page: a short password is refused beside its field, then it is in.
        await page.GotoAsync("/portal/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up your organisation" }).ClickAsync();
        await page.GetByLabel("Organisation").FillAsync("Acme " + Hostile);
        await page.GetByLabel("Business identifier (optional)").FillAsync("ABN 51 824 753 556");
        await page.GetByLabel("Your user name").FillAsync("acme");
        await page.GetByLabel("Password").FillAsync("too short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page.Locator("#sign-up-error")).ToContainTextAsync("password");
        await Expect(page.GetByLabel("Password")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Organisation")).ToHaveValueAsync("Acme " + Hostile);
        await vendor.Check("sign-up-refused", refusedWith: 422);
        await page.GetByLabel("Password").FillAsync(RegistrySetup.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/portal/admin"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your organisation is signed up");
        await Expect(page.Locator(".who")).ToContainTextAsync("Acme <script>");
        await vendor.AssertGlyphs("日", "本", "語", "ह", "न", "द");
        await NotPwned(page);

        // It makes its key pair in the browser: the private key comes down as a file, the public key is registered.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Make a key pair in this browser" }).ClickAsync());
        var privateKey = await File.ReadAllTextAsync(await download.PathAsync());
        StringAssert.StartsWith(privateKey, "-----BEGIN PRIVATE KEY-----");
        using var key = SigningKeys.ReadPrivate(privateKey).Key!;
        await Expect(page.GetByLabel("Public key (PEM)")).ToHaveValueAsync(SigningKeys.PublicPem(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the key" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Registered the signing key" })).ToBeVisibleAsync();
        await vendor.Check("vendor-keys");

        await page.GotoAsync($"/portal/procurements/{procurement}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start an attestation" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/portal/drafts/drf_"));
        var draft = page.Url.Split('/').Last();
        await Expect(page.Locator("#p-product")).ToContainTextAsync("PB");
        await page.GetByLabel("Product", new() { Exact = true }).FillAsync("Acme Build " + Hostile);
        await page.GetByLabel("Product version").FillAsync("4.2");
        await page.GetByLabel("Signatory (who signs for the vendor)").FillAsync("A. Vendor " + Hostile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#p-product")).ToBeEmptyAsync();
        await vendor.Check("editor-overview");
        var pages = await page.Locator(".draft-pages li").CountAsync();
        Assert.IsGreaterThan(0, pages);

        // Page 1: the first control gets a file with an impossible expiry date, the second a file that is fine.
        await page.GotoAsync($"/portal/drafts/{draft}/pages/1");
        await page.Locator("select[name$='.status']").First.SelectOptionAsync("implemented");
        await AnswerAll(page);

        var claims = page.Locator("fieldset.claim");
        await claims.Nth(0).Locator("textarea").First.FillAsync("Threat models for every release " + Hostile);
        await claims.Nth(0).Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "threat model.md", MimeType = "text/markdown", Buffer = Encoding.UTF8.GetBytes("# Threat model\n") });
        await claims.Nth(0).GetByLabel("Expires (YYYY-MM-DD)").Last.FillAsync("2027-13-01");
        await claims.Nth(1).Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "sbom.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("components\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var expires = page.Locator("#p-claims-0-evidence-0-expires");
        await Expect(expires).ToContainTextAsync("2027-13-01");
        await vendor.Check("editor-page-error");

        // Fixing the date: the live check clears the message before anything is saved; Save keeps it.
        var field = claims.Nth(0).Locator("input[name$='.evidence.0.expires']");
        await field.FillAsync("2027-12-31");
        await field.BlurAsync();
        await Expect(expires).ToBeEmptyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator(".claim .code", new() { HasText = "evidence/threat-model.md" })).ToBeVisibleAsync();
        await Expect(page.Locator(".claim .code", new() { HasText = "evidence/sbom.txt" })).ToBeVisibleAsync();
        await NotPwned(page);

        for (var n = 2; n <= pages; n++)
        {
            await page.GotoAsync($"/portal/drafts/{draft}/pages/{n}");
            await AnswerAll(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/pages/{n}$"));
        }

        await page.GotoAsync($"/portal/drafts/{draft}");
        await Expect(page.Locator("#preview")).ToContainTextAsync("au-software-supplier");
        var total = await page.Locator("#answered").TextContentAsync();
        StringAssert.StartsWith(total, "", "progress is shown");
        Assert.IsTrue(Regex.IsMatch(total!, @"^(\d+) of \1 controls answered"), total);
        Assert.IsGreaterThanOrEqualTo(30, int.Parse(total!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), "the attestation has at least 30 controls");
        await vendor.Check("editor-ready");

        var yaml = await page.Context.APIRequest.GetAsync($"{server.Address}portal/drafts/{draft}/files/attestation.yaml");
        StringAssert.Contains(await yaml.TextAsync(), "evidence/threat-model.md");

        // Signed in the browser with the downloaded key, which the page reads and does not send.
        await page.GetByLabel("Private key file").SetInputFilesAsync(new FilePayload { Name = "procbase-signing-key.pem", MimeType = "application/x-pem-file", Buffer = Encoding.UTF8.GetBytes(privateKey) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the statement" }).ClickAsync();
        await Expect(page.Locator("#sign-status")).ToContainTextAsync("Signed in this browser");
        var signature = Convert.FromBase64String(await page.GetByLabel("Signature (base64)").InputValueAsync());
        var statement = await (await page.Context.APIRequest.GetAsync($"{server.Address}portal/drafts/{draft}/files/statement.bin")).BodyAsync();
        Assert.IsTrue(key.VerifyData(statement, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation), "WebCrypto signed the statement with the vendor's key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit signed" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/portal/submissions/sub_"));
        await Expect(page.Locator("main")).ToContainTextAsync("au-software-supplier");
        await NotPwned(page);
        await vendor.Check("editor-submitted");
        var submitted = page.Url;

        // A second vendor signs up and submits a bundle through the API; the agency's reviewer sees both, compares them
        // side by side and rejects the editor's submission with a reason.
        using (var anonymous = server.Client(null))
        {
            var signedUp = JsonNode.Parse(await (await anonymous.PostJson("/api/sign-ups", new { organisation = "Acme Software Pty Ltd", name = "globex", password = RegistrySetup.Password })).Content.ReadAsStringAsync())!;
            var globex = await setup.SignIn("globex", RegistrySetup.Password);
            using var globexKey = SigningKeys.NewKey();
            await setup.Create(globex, $"/api/organisations/{signedUp["organisation"]!.GetValue<string>()}/keys", new { publicKey = SigningKeys.PublicPem(globexKey) });
            using var client = server.Client(globex);
            using var uploaded = await client.PostBundle(procurement, TestBundles.Signed("acme-ssdf-mapped", globexKey));
            Assert.AreEqual(HttpStatusCode.Created, uploaded.StatusCode, await uploaded.Content.ReadAsStringAsync());
        }

        await using var reviewer = await browser.Open(server.Address);
        await reviewer.SignIn("agency-reviewer", RegistrySetup.Password);
        var review = reviewer.Page;
        await review.GotoAsync($"/portal/procurements/{procurement}");
        await Expect(review.Locator("#queue tbody tr")).ToHaveCountAsync(2);
        await review.GotoAsync($"/portal/procurements/{procurement}/compare");
        await Expect(review.Locator("#comparison tbody tr")).ToHaveCountAsync(2);
        await Expect(review.Locator("#comparison")).ToContainTextAsync("Acme Software Pty Ltd");
        await reviewer.Check("compare-two-vendors");
        await review.GotoAsync(submitted);
        await Expect(review.Locator("main")).ToContainTextAsync("Acme Build");
        await review.GetByLabel("Reject").CheckAsync();
        await review.GetByLabel("Reason").FillAsync("Evidence too thin: " + Hostile);
        await review.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(review.Locator("ol.decisions")).ToContainTextAsync("Evidence too thin: <script>");
        await NotPwned(review);
        await reviewer.Check("editor-submission-rejected");
    }

    /// <summary>Every control of the page implemented, at once (choosing each with the mouse would take a live check per control).</summary>
    private static Task<System.Text.Json.JsonElement?> AnswerAll(IPage page) =>
        page.EvaluateAsync("() => document.querySelectorAll(\"select[name$='.status']\").forEach(s => s.value = 'implemented')");

}
