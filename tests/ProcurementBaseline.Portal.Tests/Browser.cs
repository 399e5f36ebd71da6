using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ProcurementBaseline.Tests.Portal;

/// <summary>
/// Debian's Chromium driven by Playwright (nothing downloads a browser). Without /usr/bin/chromium the browser tests are
/// skipped, unless PROCBASE_REQUIRE_BROWSER=1 (set by .ci/run, which installs it), when they fail.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _chromium;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        _chromium = chromium;
    }

    /// <summary>Where each page's screenshot is written, as a test artefact.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "portal-screenshots");

    public static async Task<Browser> Launch()
    {
        var path = Environment.GetEnvironmentVariable("PROCBASE_CHROMIUM") ?? Chromium;
        if (!File.Exists(path))
        {
            var message = $"needs Chromium at {path} (apt-get install chromium), as .ci/run installs it";
            if (Environment.GetEnvironmentVariable("PROCBASE_REQUIRE_BROWSER") == "1")
            {
                Assert.Fail(message);
            }

            Assert.Inconclusive(message);
        }

        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // The machine's network is closed: without these Chromium keeps trying to reach Google's hosts.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Browser(playwright, chromium);
    }

    /// <summary>A fresh browser context (its own cookies) at the given width, that records every breach of the Content Security Policy.</summary>
    public async Task<Session> Open(Uri address, int width = 1280)
    {
        var context = await _chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "en-AU" });
        var page = await context.NewPageAsync();
        var session = new Session(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => session.ConsoleErrors.Add(error);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await _chromium.CloseAsync();
        _playwright.Dispose();
    }
}

/// <summary>One user's browser: its page, and the errors its console reported.</summary>
internal sealed class Session(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> ConsoleErrors { get; } = [];

    public async Task SignIn(string name, string password)
    {
        await Page.GotoAsync("/portal/sign-in");
        await Page.GetByLabel("Name").FillAsync(name);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
    }

    /// <summary>
    /// What every page must pass: no serious or critical axe-core violation, no console error (a blocked inline script
    /// or style would be one), nothing wider than the viewport; and a full-page screenshot as a test artefact.
    /// </summary>
    public async Task Check(string name, int? refusedWith = null)
    {
        // A page that refuses (422 for a bad upload, 403 for another agency's submission) is logged by Chromium as a failed load.
        ConsoleErrors.RemoveAll(e => refusedWith is not null && e.StartsWith($"Failed to load resource: the server responded with a status of {refusedWith}", StringComparison.Ordinal));
        var axe = await Page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.IsEmpty(serious, $"{name}: " + string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.IsEmpty(ConsoleErrors, $"{name}: {string.Join("\n", ConsoleErrors)}");
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.IsLessThanOrEqualTo(0, overflow, $"{name}: the page is {overflow} px wider than the viewport");
        Directory.CreateDirectory(Browser.Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browser.Screenshots, name + ".png"), FullPage = true });
        ConsoleErrors.Clear();
    }

    /// <summary>
    /// That each character is drawn with a real glyph in the page's font: one no installed font has is drawn as the
    /// missing-glyph box (or nothing), the same pixels as a private-use character. A character from the last plane
    /// must be found missing, so the check is seen to be able to fail.
    /// </summary>
    public async Task AssertGlyphs(params string[] characters)
    {
        const string Missing = "\U0010FFFD";
        var missing = await Page.EvaluateAsync<string[]>("""
            (characters) => {
              const family = getComputedStyle(document.querySelector("main")).fontFamily;
              const draw = (c) => {
                const canvas = document.createElement("canvas");
                canvas.width = 48; canvas.height = 48;
                const g = canvas.getContext("2d");
                g.font = `32px ${family}`;
                g.fillText(c, 4, 36);
                return g.getImageData(0, 0, 48, 48).data.join(",");
              };
              const box = draw("\uE000"), blank = draw(" ");
              return characters.filter(c => { const drawn = draw(c); return drawn === box || drawn === blank; });
            }
            """, (string[])[.. characters, Missing]);
        CollectionAssert.AreEqual(new[] { Missing }, missing, $"drawn as empty boxes (install fonts-ipafont-gothic and fonts-lohit-deva, as .ci/run does): {string.Join(" ", missing.Where(c => c != Missing))}");
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

/// <summary>The assertions every portal test makes.</summary>
internal static class PortalAssertions
{
    public static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The hostile text's scripts (which set window.pwned) never ran.</summary>
    public static async Task NotPwned(IPage page) =>
        Assert.IsTrue(await page.EvaluateAsync<bool>("() => window.pwned === undefined"), "text from an input ran as script");
}
