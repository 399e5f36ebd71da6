using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Drafts;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Tests.Server;

namespace ProcurementBaseline.Benchmarks.Registry;

/// <summary>
/// The attestation editor's pages on the loaded registry, for a vendor answering a shipped baseline in full (every
/// control implemented, with a statement and an evidence file): the overview (progress, the verdict preview, the
/// bundle), every control page, the live check and the save of the largest page, posted as the browser posts them.
/// Server time to the last byte, and each page's HTML size before compression.
/// </summary>
internal static partial class EditorPages
{
    private const int Rounds = 100;

    public static async Task Measure(Uri address, IServiceProvider services, RegistrySetup setup, string vendorToken, string baseline)
    {
        var procurement = await setup.Create(await setup.SignIn("agency-admin", RegistrySetup.Password), "/api/procurements", new { title = "Editor " + baseline, baselines = new[] { baseline }, closes = "2099-12-31" });
        var draft = await Filled(services, vendorToken, procurement);
        var cookies = new CookieContainer();
        cookies.Add(address, new Cookie("procbase-session", vendorToken));
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };

        var overview = await Time(client, () => new HttpRequestMessage(HttpMethod.Get, $"/portal/drafts/{draft.Id}"));
        Report($"{baseline} editor overview (progress, preview, bundle; {draft.Content.Claims.Length} controls answered)", overview);

        var pages = PageCount().Count(Encoding.UTF8.GetString(overview.Body));
        var all = new List<double>();
        var (largest, largestSize) = (0, 0);
        for (var n = 1; n <= pages; n++)
        {
            var page = await Time(client, () => new HttpRequestMessage(HttpMethod.Get, $"/portal/drafts/{draft.Id}/pages/{n}"), Rounds / 5);
            all.AddRange(page.Latencies);
            if (page.Body.Length > largestSize)
            {
                (largest, largestSize) = (n, page.Body.Length);
            }
        }

        all.Sort();
        Console.WriteLine($"portal page {baseline} editor, all {pages} control pages: p50 {all[all.Count / 2]:F1} ms, p95 {all[(int)(all.Count * 0.95)]:F1} ms (target <= 100); the largest, page {largest}, {largestSize / 1024.0:F0} KiB of HTML (target <= 150)");

        var html = Encoding.UTF8.GetString((await Time(client, () => new HttpRequestMessage(HttpMethod.Get, $"/portal/drafts/{draft.Id}/pages/{largest}"), 1)).Body);
        var form = Form(html);
        Report($"{baseline} editor, live check of page {largest} ({form.Count} fields)", await Time(client, () => Post($"/portal/drafts/{draft.Id}/pages/{largest}/check", form)));
        var saves = new List<double>();
        for (var i = 0; i < Rounds / 5; i++)
        {
            // Each save moves the draft to its next revision: the form carries the revision it was read at.
            var fresh = Form(Encoding.UTF8.GetString((await Time(client, () => new HttpRequestMessage(HttpMethod.Get, $"/portal/drafts/{draft.Id}/pages/{largest}"), 1)).Body));
            saves.AddRange((await Time(client, () => Post($"/portal/drafts/{draft.Id}/pages/{largest}", fresh), 1, HttpStatusCode.Redirect)).Latencies);
        }

        saves.Sort();
        Console.WriteLine($"portal page {baseline} editor, save of page {largest}: p50 {saves[saves.Count / 2]:F1} ms, p95 {saves[(int)(saves.Count * 0.95)]:F1} ms (target <= 100)");
    }

    /// <summary>A draft for the procurement with every control answered, through the service the portal calls.</summary>
    private static async Task<Draft> Filled(IServiceProvider services, string vendorToken, string procurement)
    {
        var caller = (await services.GetRequiredService<RegistryAccounts>().Authenticate(vendorToken, CancellationToken.None))!;
        var drafts = services.GetRequiredService<AttestationDrafts>();
        var started = (await drafts.Start(caller, procurement, attestOnce: false, CancellationToken.None)).Value!;
        var view = (await drafts.Open(caller, started.Id, CancellationToken.None)).Value!;
        var file = (await drafts.Upload(view, "secure-development-standard.md", new MemoryStream("Secure development standard, version 4.\n"u8.ToArray()), CancellationToken.None)).Value!;
        var evidence = new DraftEvidence { Title = "Secure development standard", Path = file.Path, Sha256 = file.Sha256, Kind = "document", Issued = "2026-03-01", Expires = "2027-03-01" };
        var content = view.Draft.Content with
        {
            Product = "Large Product",
            ProductVersion = "1",
            Signatory = "Signer",
            Claims = [.. view.Draft.Content.Claims.Select(c => c with { Status = "implemented", Statement = $"We implement {c.Control} through the secure development standard, which every release follows.", Evidence = [evidence] })],
        };
        view = (await drafts.Open(caller, started.Id, CancellationToken.None)).Value!;
        return (await drafts.Save(view, content, view.Draft.Revision, CancellationToken.None)).Value!;
    }

    private static HttpRequestMessage Post(string path, IReadOnlyList<KeyValuePair<string, string>> form) =>
        new(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };

    private static async Task<(List<double> Latencies, byte[] Body)> Time(HttpClient client, Func<HttpRequestMessage> request, int rounds = Rounds, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var latencies = new List<double>();
        var body = Array.Empty<byte>();
        for (var i = 0; i < rounds; i++)
        {
            using var message = request();
            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(message);
            body = await response.Content.ReadAsByteArrayAsync();
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"{message.Method} {message.RequestUri} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)[..Math.Min(2000, body.Length)]}");
            }
        }

        latencies.Sort();
        return (latencies, body);
    }

    private static void Report(string name, (List<double> Latencies, byte[] Body) measured) =>
        Console.WriteLine($"portal page {name}: p50 {measured.Latencies[measured.Latencies.Count / 2]:F1} ms, p95 {measured.Latencies[(int)(measured.Latencies.Count * 0.95)]:F1} ms (target <= 100), {measured.Body.Length / 1024.0:F0} KiB of HTML");

    /// <summary>The fields a browser would post from the page's claims form: inputs with values, textareas, selected options.</summary>
    private static List<KeyValuePair<string, string>> Form(string html)
    {
        var start = html.LastIndexOf("<form", html.IndexOf("fieldset class=\"claim\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            if (!input.Value.Contains("type=\"file\"", StringComparison.Ordinal) && !input.Value.Contains("type=\"checkbox\"", StringComparison.Ordinal))
            {
                fields.Add(new(WebUtility.HtmlDecode(input.Groups["name"].Value), WebUtility.HtmlDecode(Value().Match(input.Value) is { Success: true } v ? v.Groups[1].Value : "")));
            }
        }

        foreach (Match area in TextArea().Matches(form))
        {
            fields.Add(new(WebUtility.HtmlDecode(area.Groups["name"].Value), WebUtility.HtmlDecode(area.Groups["text"].Value)));
        }

        foreach (Match select in Select().Matches(form))
        {
            var chosen = Selected().Match(select.Groups["options"].Value);
            fields.Add(new(WebUtility.HtmlDecode(select.Groups["name"].Value), chosen.Success ? WebUtility.HtmlDecode(chosen.Groups[1].Value) : ""));
        }

        return fields;
    }

    [GeneratedRegex("""<li><a href="/portal/drafts/[^/"]+/pages/\d+""")]
    private static partial Regex PageCount();

    [GeneratedRegex("""<input[^>]*\bname="(?<name>[^"]+)"[^>]*>""")]
    private static partial Regex Input();

    [GeneratedRegex("""\bvalue="([^"]*)""")]
    private static partial Regex Value();

    [GeneratedRegex("""<textarea[^>]*\bname="(?<name>[^"]+)"[^>]*>(?<text>[^<]*)</textarea>""")]
    private static partial Regex TextArea();

    [GeneratedRegex("""<select[^>]*\bname="(?<name>[^"]+)"[^>]*>(?<options>.*?)</select>""", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("""<option value="([^"]*)" selected""")]
    private static partial Regex Selected();
}
