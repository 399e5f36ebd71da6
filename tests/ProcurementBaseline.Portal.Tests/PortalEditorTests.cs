using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Tests.Server;

namespace ProcurementBaseline.Tests.Portal;

/// <summary>
/// The attestation editor in Chromium: a vendor starts an attestation for a procurement, answers every control page by
/// page, uploads two evidence files, sees an impossible date reported beside its field (live, then on save), fixes it,
/// previews the verdicts and submits the bundle signed with its registered key.
/// </summary>
[TestClass]
public sealed class PortalEditorTests
{
    private const string Hostile = "<script>window.pwned=1</script> 日本語 हिन्दी";

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task VendorFillsInAnAttestation_FixesAnInlineError_AndSubmitsItSigned()
    {
        await using var server = await PortalServer.Start();
        await using var browser = await Browser.Launch();
        using var key = SigningKeys.NewKey();
        var world = await server.Setup.World(server.AdminPassword, "Acme Software Pty Ltd", "au-software-supplier", key);
        await using var vendor = await browser.Open(server.Address, width: 360);
        await vendor.SignIn("vendor-user", RegistrySetup.Password);
        var page = vendor.Page;

        await page.GotoAsync($"/portal/procurements/{world.Procurement}");
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
        var statement = await (await page.Context.APIRequest.GetAsync($"{server.Address}portal/drafts/{draft}/files/statement.bin")).BodyAsync();
        var signature = key.SignData(statement, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        await page.GetByLabel("Signature (base64)").FillAsync(Convert.ToBase64String(signature));
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit signed" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/portal/submissions/sub_"));
        await Expect(page.Locator("main")).ToContainTextAsync("au-software-supplier");
        await NotPwned(page);
        await vendor.Check("editor-submitted");
    }

    /// <summary>Every control of the page implemented, at once (choosing each with the mouse would take a live check per control).</summary>
    private static Task<System.Text.Json.JsonElement?> AnswerAll(IPage page) =>
        page.EvaluateAsync("() => document.querySelectorAll(\"select[name$='.status']\").forEach(s => s.value = 'implemented')");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task NotPwned(IPage page) =>
        Assert.IsTrue(await page.EvaluateAsync<bool>("() => window.pwned === undefined"), "text from an input ran as script");
}
