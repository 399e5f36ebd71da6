using System.Net;

namespace ProcurementBaseline.Tests.Server;

/// <summary>The registry's main path, on both databases: an agency opens a procurement, a vendor submits signed bundles, a reviewer reads, compares and decides.</summary>
[TestClass]
public sealed class SubmissionFlowTests
{
    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task ASignedBundle_IsVerifiedAssessedAndStored_AsTheVendorsFirstVersion(string database)
    {
        await using var registry = await TestRegistry.Start(database);
        var agency = await registry.Agency("Digital Transformation Agency");
        var acme = await registry.Vendor("Acme Software Pty Ltd");
        var procurement = await registry.Procurement(agency, "au-software-supplier");

        var response = await registry.Submit(acme.Token, procurement, TestBundles.Signed("acme-ssdf-mapped", acme.Key));

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode, await response.Content.ReadAsStringAsync());
        var submission = await TestRegistry.Json(response);
        Assert.AreEqual(1, submission["version"]!.GetValue<int>());
        Assert.IsTrue(submission["verified"]!.GetValue<bool>());
        Assert.AreEqual("2026-11-26", submission["as-of"]!.GetValue<string>());
        // The sample meets Australia's baseline through its SSDF -> ISM mappings, as `procbase assess` says.
        Assert.AreEqual("pass", submission["verdict"]!.GetValue<string>());
        Assert.AreEqual("au-software-supplier", submission["baselines"]![0]!["baseline"]!.GetValue<string>());

        var id = submission["id"]!.GetValue<string>();
        var assessment = await TestRegistry.Json(await registry.As(agency.ReviewerToken).GetAsync($"/api/submissions/{id}/assessment"));
        Assert.AreEqual("assessment", assessment["kind"]!.GetValue<string>());
        Assert.AreEqual("pass", assessment["baselines"]![0]!["verdict"]!.GetValue<string>());
        Assert.IsTrue(assessment["attestation"]!["bundle"]!["verified"]!.GetValue<bool>());
        var bundle = await registry.As(acme.Token).GetByteArrayAsync($"/api/submissions/{id}/bundle");
        CollectionAssert.AreEqual(TestBundles.Signed("acme-ssdf-mapped", acme.Key), bundle, "the bundle is kept byte for byte");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task ANewVersion_NeverOverwritesTheOld_AndAReplayedBundleIsRefused(string database)
    {
        await using var registry = await TestRegistry.Start(database);
        var agency = await registry.Agency("Digital Transformation Agency");
        var bravo = await registry.Vendor("Bravo Systems Inc.");
        var procurement = await registry.Procurement(agency, "us-federal-software");
        var first = TestBundles.Signed("bravo-expired-evidence", bravo.Key);
        using var other = Application.Signing.SigningKeys.NewKey();
        await registry.Create(bravo.Token, $"/api/organisations/{bravo.Id}/keys", new { publicKey = Application.Signing.SigningKeys.PublicPem(other) });

        var one = await registry.Submit(bravo.Token, procurement, first);
        var two = await registry.Submit(bravo.Token, procurement, TestBundles.Signed("bravo-expired-evidence", other));
        var replay = await registry.Submit(bravo.Token, procurement, first);

        Assert.AreEqual(HttpStatusCode.Created, one.StatusCode);
        Assert.AreEqual(HttpStatusCode.Created, two.StatusCode, await two.Content.ReadAsStringAsync());
        Assert.AreEqual(2, (await TestRegistry.Json(two))["version"]!.GetValue<int>());
        Assert.AreEqual(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.AreEqual("PB2005", await TestRegistry.ProblemCode(replay));
        var listing = await TestRegistry.Json(await registry.As(agency.ReviewerToken).GetAsync($"/api/procurements/{procurement}/submissions"));
        Assert.AreEqual(2, listing["total"]!.GetValue<int>());
        var latest = await TestRegistry.Json(await registry.As(agency.ReviewerToken).GetAsync($"/api/procurements/{procurement}/submissions?latest=true"));
        Assert.AreEqual(1, latest["total"]!.GetValue<int>());
        Assert.AreEqual(2, latest["items"]![0]!["version"]!.GetValue<int>());
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task TwoReviewersDecidingAtOnce_OneWins_AndTheOtherIsToldToReadAgain(string database)
    {
        await using var registry = await TestRegistry.Start(database);
        var agency = await registry.Agency("Digital Transformation Agency");
        var acme = await registry.Vendor("Acme Software Pty Ltd");
        var procurement = await registry.Procurement(agency, "au-software-supplier");
        var id = (await TestRegistry.Json(await registry.Submit(acme.Token, procurement, TestBundles.Signed("acme-ssdf-mapped", acme.Key))))["id"]!.GetValue<string>();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => registry.As(i % 2 == 0 ? agency.ReviewerToken : agency.AdminToken)
            .PostJson($"/api/submissions/{id}/decisions", new { outcome = i % 2 == 0 ? "accept" : "reject", reason = $"reviewer {i}", revision = 0 })));

        Assert.AreEqual(1, decisions.Count(d => d.StatusCode == HttpStatusCode.Created), "exactly one decision on revision 0 is kept");
        foreach (var lost in decisions.Where(d => d.StatusCode != HttpStatusCode.Created))
        {
            Assert.AreEqual(HttpStatusCode.Conflict, lost.StatusCode);
            Assert.AreEqual("PB2007", await TestRegistry.ProblemCode(lost));
        }

        var next = await registry.As(agency.ReviewerToken).PostJson($"/api/submissions/{id}/decisions", new { outcome = "request-changes", reason = "the plan of action needs dates", revision = 1 });
        Assert.AreEqual(HttpStatusCode.Created, next.StatusCode, await next.Content.ReadAsStringAsync());
        var history = await TestRegistry.Json(await registry.As(agency.ReviewerToken).GetAsync($"/api/submissions/{id}/decisions"));
        Assert.AreEqual(2, history.AsArray().Count, "every decision is kept, in order");
        var submission = await TestRegistry.Json(await registry.As(agency.ReviewerToken).GetAsync($"/api/submissions/{id}"));
        Assert.AreEqual("request-changes", submission["decision"]!.GetValue<string>());
        Assert.AreEqual(2, submission["decision-revision"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task Reports_AreRenderedFromTheStoredBundle_AndKept()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);
        var agency = await registry.Agency("Digital Transformation Agency");
        var charlie = await registry.Vendor("Charlie Cloud K.K.");
        var procurement = await registry.Procurement(agency, "us-federal-software");
        var id = (await TestRegistry.Json(await registry.Submit(charlie.Token, procurement, TestBundles.Signed("charlie-poam", charlie.Key))))["id"]!.GetValue<string>();
        var reviewer = registry.As(agency.ReviewerToken);

        foreach (var (format, mediaType, start) in new[] { ("pdf", "application/pdf", "%PDF-"), ("html", "text/html", "<!DOCTYPE html>"), ("md", "text/markdown", "#"), ("oscal", "application/json", "{"), ("oscal-poam", "application/json", "{") })
        {
            var response = await reviewer.GetAsync($"/api/submissions/{id}/reports/{format}");
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, $"{format}: {await response.Content.ReadAsStringAsync()}");
            Assert.AreEqual(mediaType, response.Content.Headers.ContentType?.MediaType, format);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            StringAssert.StartsWith(System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 40)).TrimStart('\uFEFF'), start, format);
            CollectionAssert.AreEqual(bytes, await reviewer.GetByteArrayAsync($"/api/submissions/{id}/reports/{format}"), $"{format}: the same bytes every time");
        }

        var unknown = await reviewer.GetAsync($"/api/submissions/{id}/reports/docx");
        Assert.AreEqual("PB2010", await TestRegistry.ProblemCode(unknown));
    }

    [TestMethod]
    public async Task Comparison_ShowsEachVendorsLatestSubmission()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);
        var agency = await registry.Agency("Digital Transformation Agency");
        var procurement = await registry.Procurement(agency, "us-federal-software");
        var bravo = await registry.Vendor("Bravo Systems Inc.");
        var charlie = await registry.Vendor("Charlie Cloud K.K.");
        await registry.Submit(bravo.Token, procurement, TestBundles.Signed("bravo-expired-evidence", bravo.Key));
        await registry.Submit(charlie.Token, procurement, TestBundles.Signed("charlie-poam", charlie.Key));

        var compared = (await TestRegistry.Json(await registry.As(agency.ReviewerToken).GetAsync($"/api/procurements/{procurement}/comparison"))).AsArray();

        Assert.AreEqual(2, compared.Count);
        CollectionAssert.AreEquivalent(new[] { bravo.Id, charlie.Id }, compared.Select(c => c!["vendor"]!.GetValue<string>()).ToArray());
        var vendorsView = await registry.As(bravo.Token).GetAsync($"/api/procurements/{procurement}/comparison");
        Assert.AreEqual(HttpStatusCode.Forbidden, vendorsView.StatusCode, "a vendor does not see its competitors");
    }

    [TestMethod]
    public async Task TheOpenApiDocument_DescribesTheApi()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);

        var document = await TestRegistry.Json(await registry.Anonymous().GetAsync("/openapi/v1.json"));

        StringAssert.StartsWith(document["openapi"]!.GetValue<string>(), "3.");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        CollectionAssert.IsSubsetOf(new[] { "/api/sessions", "/api/procurements", "/api/procurements/{id}/submissions", "/api/submissions/{id}/decisions", "/api/catalogs" }, paths);
    }
}
