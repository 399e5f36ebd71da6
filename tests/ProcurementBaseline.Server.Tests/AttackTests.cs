using System.Net;
using System.Text;

namespace ProcurementBaseline.Tests.Server;

/// <summary>Bad input and attacks through the API: every one answered with a coded problem, nothing half stored, and the server still serving.</summary>
[TestClass]
public sealed class AttackTests
{
    private static async Task<(TestRegistry Registry, Agency Agency, Vendor Acme, string Procurement)> Open(string database = TestDatabases.Sqlite, Application.Registry.RegistryOptions? options = null)
    {
        var registry = await TestRegistry.Start(database, options);
        var agency = await registry.Agency("Digital Transformation Agency");
        var acme = await registry.Vendor("Acme Software Pty Ltd");
        return (registry, agency, acme, await registry.Procurement(agency, "au-software-supplier"));
    }

    private static async Task<int> Total(TestRegistry registry, Agency agency, string procurement) =>
        (await TestRegistry.Json(await registry.As(agency.ReviewerToken).GetAsync($"/api/procurements/{procurement}/submissions")))["total"]!.GetValue<int>();

    [TestMethod]
    public async Task OversizedTruncatedAndNonZipUploads_AreRefused_AndNothingIsStored()
    {
        var (registry, agency, acme, procurement) = await Open(options: new() { MaxBundleBytes = 16 << 10 });
        await using var _ = registry;
        var bundle = TestBundles.Signed("acme-ssdf-mapped", acme.Key);
        Assert.IsTrue(bundle.Length > 16 << 10, "the sample bundle is larger than the cap this test sets");

        var oversized = await registry.Submit(acme.Token, procurement, bundle);
        var truncated = await registry.Submit(acme.Token, procurement, bundle[..(16 << 9)]);
        var yaml = await registry.Submit(acme.Token, procurement, Encoding.UTF8.GetBytes("kind: attestation\n"));
        var empty = await registry.Submit(acme.Token, procurement, []);

        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.AreEqual("PB2002", await TestRegistry.ProblemCode(oversized));
        foreach (var refused in new[] { truncated, yaml, empty })
        {
            Assert.AreEqual(HttpStatusCode.UnprocessableEntity, refused.StatusCode, await refused.Content.ReadAsStringAsync());
            Assert.AreEqual("PB2003", await TestRegistry.ProblemCode(refused));
            Assert.IsTrue((await TestRegistry.Json(refused))["diagnostics"]!.AsArray().Count > 0, "the bundle's own diagnostics say why");
        }

        Assert.AreEqual(0, await Total(registry, agency, procurement));
    }

    [TestMethod]
    public async Task TamperedBundles_AreRefused()
    {
        var (registry, agency, acme, procurement) = await Open();
        await using var _ = registry;
        var signed = TestBundles.Signed("acme-ssdf-mapped", acme.Key);
        var entries = ForgedBundles.Entries(signed);
        byte[] Rezip(IEnumerable<(string Name, byte[] Bytes)> changed)
        {
            using var output = new MemoryStream();
            Application.Bundles.BundleArchive.Write(output, changed.Select(e => (e.Name, (Action<Stream>)(s => s.Write(e.Bytes)))));
            return output.ToArray();
        }

        var attestation = entries.First(e => e.Name.EndsWith(".yaml", StringComparison.Ordinal)).Name;
        var cases = new Dictionary<string, byte[]>
        {
            ["an attestation changed after signing"] = Rezip(entries.Select(e => e.Name == attestation ? (e.Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Bytes).Replace("partially-implemented", "implemented", StringComparison.Ordinal) + "\n")) : e)),
            ["the signature removed"] = Rezip(entries.Where(e => e.Name != Application.Bundles.BundleArchive.SignatureName)),
            ["an entry climbing out"] = Rezip([.. entries, ("../../etc/cron.d/evil", "* * * * * root sh\n"u8.ToArray())]),
            ["an unpinned extra file"] = Rezip([.. entries, ("evidence/extra.pdf", "%PDF-1.7"u8.ToArray())]),
        };

        foreach (var (name, bytes) in cases)
        {
            var response = await registry.Submit(acme.Token, procurement, bytes);
            Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode, $"{name}: {await response.Content.ReadAsStringAsync()}");
            Assert.AreEqual("PB2003", await TestRegistry.ProblemCode(response), name);
        }

        Assert.AreEqual(0, await Total(registry, agency, procurement));
    }

    /// <summary>The hostile attestations of the verdicts work, signed by the vendor's real key: none passes, and each says where it is wrong.</summary>
    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task HostileAttestations_InAValidSignedBundle_NeverPass(string database)
    {
        var (registry, agency, acme, procurement) = await Open(database);
        await using var _ = registry;
        var signed = TestBundles.Signed("acme-ssdf-mapped", acme.Key);
        var original = ForgedBundles.Attestation(signed);
        var hostile = new Dictionary<string, string>
        {
            ["an unknown status word"] = original.Replace("status: implemented", "status: done", StringComparison.Ordinal),
            ["a duplicate claim"] = original + original[original.IndexOf("  - control:", StringComparison.Ordinal)..],
            ["an alias bomb"] = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n" + original,
            ["deep nesting"] = new string('[', 5000) + new string(']', 5000) + "\n",
            ["a NUL character"] = original.Replace("Acme", "Ac\0me", StringComparison.Ordinal),
            ["a date after the as-of date"] = System.Text.RegularExpressions.Regex.Replace(original, "^date: .*$", "date: \"2027-06-01\"", System.Text.RegularExpressions.RegexOptions.Multiline),
            ["not YAML at all"] = "\u0001\u0002\u0003 {{{",
        };

        foreach (var (name, text) in hostile)
        {
            var response = await registry.Submit(acme.Token, procurement, ForgedBundles.WithAttestation(signed, Encoding.UTF8.GetBytes(text), acme.Key));
            var body = await response.Content.ReadAsStringAsync();
            Assert.AreNotEqual(HttpStatusCode.InternalServerError, response.StatusCode, $"{name}: {body}");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Assert.AreNotEqual("pass", (await TestRegistry.Json(response))["verdict"]!.GetValue<string>(), name);
                continue;
            }

            Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode, $"{name}: {body}");
            Assert.IsTrue((await TestRegistry.Json(response))["diagnostics"]!.AsArray().Any(d => d!["line"]!.GetValue<int>() > 0 || d["file"]!.GetValue<string>().Length > 0), $"{name}: each problem names where it is");
        }

        var stillServing = await registry.Submit(acme.Token, procurement, signed);
        Assert.AreEqual(HttpStatusCode.Created, stillServing.StatusCode, "the server still takes a good bundle after all that");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task SqlMetacharactersAndPathSeparators_InEveryStringField_AreKeptAsText(string database)
    {
        await using var registry = await TestRegistry.Start(database);
        var admin = registry.As(await registry.Admin());
        string[] nasty = ["Robert'); DROP TABLE submissions; --", "../../etc/passwd", "..\\..\\windows\\system32", "x' OR '1'='1", "%00; DELETE FROM audit_log", "名前/नाम\\\"quote\""];

        foreach (var (text, i) in nasty.Select((t, i) => (t, i)))
        {
            var agency = await TestRegistry.Json(await admin.PostJson("/api/organisations", new { name = text, kind = "agency" }));
            Assert.AreEqual(text, agency["name"]!.GetValue<string>());
            var user = await admin.PostJson("/api/users", new { name = text + i, role = "agency-admin", organisation = agency["id"]!.GetValue<string>(), password = "correct horse battery" });
            Assert.AreEqual(HttpStatusCode.Created, user.StatusCode, await user.Content.ReadAsStringAsync());
            var token = await registry.SignIn(text + i, "correct horse battery");
            var procurement = await TestRegistry.Json(await registry.As(token).PostJson("/api/procurements", new { title = text, baselines = new[] { "au-software-supplier" }, closes = "2027-01-01" }));
            Assert.AreEqual(text, procurement["title"]!.GetValue<string>());
            var id = procurement["id"]!.GetValue<string>();
            var filtered = await registry.As(token).GetAsync($"/api/procurements/{id}/submissions?vendor={Uri.EscapeDataString(text)}&verdict={Uri.EscapeDataString(text)}");
            Assert.AreEqual(0, (await TestRegistry.Json(filtered))["total"]!.GetValue<int>());
            Assert.AreEqual(HttpStatusCode.NotFound, (await registry.As(token).GetAsync($"/api/submissions/{Uri.EscapeDataString(text)}")).StatusCode);
            Assert.AreEqual(HttpStatusCode.Forbidden, (await registry.As(token).PostJson("/api/tokens", new { name = text, scopes = "read,submit" })).StatusCode);
            Assert.AreEqual(HttpStatusCode.Created, (await registry.As(token).PostJson("/api/tokens", new { name = text, scopes = "read" })).StatusCode);
        }

        var organisations = await TestRegistry.Json(await admin.GetAsync("/api/organisations"));
        Assert.AreEqual(nasty.Length + 1, organisations.AsArray().Count, "every organisation is still there, the site's own among them");
    }

    [TestMethod]
    public async Task MalformedRequests_AreProblems_NotCrashes()
    {
        var (registry, agency, acme, procurement) = await Open();
        await using var _ = registry;
        var client = registry.As(agency.AdminToken);
        using var notJson = new StringContent("{\"title\": ", Encoding.UTF8, "application/json");
        using var huge = new StringContent("{\"title\": \"" + new string('x', 2 << 20) + "\"}", Encoding.UTF8, "application/json");

        var responses = new[]
        {
            await client.PostAsync("/api/procurements", notJson),
            await client.PostAsync("/api/procurements", huge),
            await client.PostJson("/api/procurements", new { title = "x", baselines = new[] { "no-such-baseline" }, closes = "2027-01-01" }),
            await client.PostJson("/api/procurements", new { title = "x", baselines = new[] { "au-software-supplier" }, closes = "01/02/2027" }),
            await client.PostJson("/api/procurements", new { title = new string('t', 300), baselines = new[] { "au-software-supplier" }, closes = "2027-01-01" }),
            await client.GetAsync($"/api/procurements/{procurement}/submissions?page=0"),
            await client.GetAsync($"/api/procurements/{procurement}/submissions?page-size=100000"),
            await client.GetAsync("/api/no-such-thing"),
            await client.PostJson("/api/submissions/sub_x/decisions", new { outcome = "maybe", reason = "", revision = 0 }),
        };

        foreach (var response in responses)
        {
            Assert.IsTrue((int)response.StatusCode is >= 400 and < 500, $"{response.RequestMessage?.RequestUri}: {response.StatusCode}");
            StringAssert.StartsWith(await TestRegistry.ProblemCode(response), "PB20");
        }
    }

    [TestMethod]
    public async Task AClosedProcurement_TakesNoSubmissions()
    {
        var (registry, _, acme, procurement) = await Open();
        await using var _ = registry;
        registry.Time.Now = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var late = await registry.Submit(acme.Token, procurement, TestBundles.Signed("acme-ssdf-mapped", acme.Key));

        Assert.AreEqual(HttpStatusCode.Conflict, late.StatusCode);
        Assert.AreEqual("PB2006", await TestRegistry.ProblemCode(late));
    }
}
