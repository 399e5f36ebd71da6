using System.Net;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// Every cross-tenant read and write, on both databases: another agency's reviewer, another vendor, guessed ids and an
/// agency changed in the body. A record the caller may not see is 404, exactly as one that does not exist; an action
/// the caller's role or token may not take is 403.
/// </summary>
[TestClass]
public sealed class TenancyTests
{
    private sealed record World(TestRegistry Registry, Agency A, Agency B, Vendor Acme, Vendor Bravo, string ProcurementA, string ProcurementB, string AcmeSubmission, string BravoSubmission);

    private static async Task<World> Build(string database)
    {
        var registry = await TestRegistry.Start(database);
        var a = await registry.Agency("Agency A");
        var b = await registry.Agency("Agency B");
        var acme = await registry.Vendor("Acme Software Pty Ltd");
        var bravo = await registry.Vendor("Bravo Systems Inc.");
        var pa = await registry.Procurement(a, "au-software-supplier");
        var pb = await registry.Procurement(b, "us-federal-software");
        var s1 = (await TestRegistry.Json(await registry.Submit(acme.Token, pa, TestBundles.Signed("acme-ssdf-mapped", acme.Key))))["id"]!.GetValue<string>();
        var s2 = (await TestRegistry.Json(await registry.Submit(bravo.Token, pb, TestBundles.Signed("bravo-expired-evidence", bravo.Key))))["id"]!.GetValue<string>();
        return new World(registry, a, b, acme, bravo, pa, pb, s1, s2);
    }

    private static string[] SubmissionReads(string id) =>
        [$"/api/submissions/{id}", $"/api/submissions/{id}/assessment", $"/api/submissions/{id}/bundle", $"/api/submissions/{id}/reports/html", $"/api/submissions/{id}/decisions"];

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task AnotherAgencysReviewer_SeesNothingOfIt(string database)
    {
        var w = await Build(database);
        await using var registry = w.Registry;
        var outsider = registry.As(w.B.ReviewerToken);

        foreach (var path in SubmissionReads(w.AcmeSubmission).Concat([$"/api/procurements/{w.ProcurementA}", $"/api/procurements/{w.ProcurementA}/submissions", $"/api/procurements/{w.ProcurementA}/comparison"]))
        {
            var response = await outsider.GetAsync(path);
            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode, path);
            Assert.AreEqual("PB2001", await TestRegistry.ProblemCode(response), path);
        }

        var decide = await outsider.PostJson($"/api/submissions/{w.AcmeSubmission}/decisions", new { outcome = "reject", reason = "not ours", revision = 0 });
        Assert.AreEqual(HttpStatusCode.NotFound, decide.StatusCode);
        var listed = await TestRegistry.Json(await outsider.GetAsync("/api/procurements"));
        CollectionAssert.AreEqual(new[] { w.ProcurementB }, listed.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToArray(), "a reviewer lists its own agency's procurements only");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task AnotherVendor_SeesNeitherTheSubmissionNorItsFiles(string database)
    {
        var w = await Build(database);
        await using var registry = w.Registry;
        var bravo = registry.As(w.Bravo.Token);

        foreach (var path in SubmissionReads(w.AcmeSubmission))
        {
            Assert.AreEqual(HttpStatusCode.NotFound, (await bravo.GetAsync(path)).StatusCode, path);
        }

        var listing = await TestRegistry.Json(await bravo.GetAsync($"/api/procurements/{w.ProcurementA}/submissions?vendor={w.Acme.Id}"));
        Assert.AreEqual(0, listing["total"]!.GetValue<int>(), "asking for another vendor's submissions by filter yields only one's own");
        var own = await bravo.GetAsync($"/api/submissions/{w.BravoSubmission}");
        Assert.AreEqual(HttpStatusCode.OK, own.StatusCode);
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task AGuessedId_IsAnswered_AsAHiddenOneIs(string database)
    {
        var w = await Build(database);
        await using var registry = w.Registry;
        var guessed = "sub_" + Guid.CreateVersion7().ToString("N");

        var hidden = await registry.As(w.Bravo.Token).GetAsync($"/api/submissions/{w.AcmeSubmission}");
        var missing = await registry.As(w.Bravo.Token).GetAsync($"/api/submissions/{guessed}");

        Assert.AreEqual(hidden.StatusCode, missing.StatusCode);
        var (a, b) = (await TestRegistry.Json(hidden), await TestRegistry.Json(missing));
        Assert.AreEqual(a["detail"]!.GetValue<string>().Replace(w.AcmeSubmission, "ID"), b["detail"]!.GetValue<string>().Replace(guessed, "ID"), "the answer does not tell a hidden record from a missing one");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task RolesAndScopes_BoundWhatATokenDoes(string database)
    {
        var w = await Build(database);
        await using var registry = w.Registry;
        var acme = registry.As(w.Acme.Token);
        var reviewer = registry.As(w.A.ReviewerToken);

        // A vendor calling reviewer and admin endpoints.
        Assert.AreEqual(HttpStatusCode.Forbidden, (await acme.PostJson($"/api/submissions/{w.AcmeSubmission}/decisions", new { outcome = "accept", reason = "self-approved", revision = 0 })).StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, (await acme.PostJson("/api/procurements", new { title = "mine", baselines = new[] { "au-software-supplier" }, closes = "2027-01-01" })).StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, (await acme.PostJson("/api/organisations", new { name = "Acme Two", kind = "vendor" })).StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, (await acme.GetAsync($"/api/procurements/{w.ProcurementA}/comparison")).StatusCode);
        // A reviewer opening procurements or making users; a vendor registering a key for another vendor.
        Assert.AreEqual(HttpStatusCode.Forbidden, (await reviewer.PostJson("/api/procurements", new { title = "x", baselines = new[] { "au-software-supplier" }, closes = "2027-01-01" })).StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, (await reviewer.PostJson("/api/users", new { name = "sneaky", role = "agency-admin", organisation = w.A.Id, password = "correct horse battery" })).StatusCode);
        using var key = Application.Signing.SigningKeys.NewKey();
        Assert.AreEqual(HttpStatusCode.Forbidden, (await registry.As(w.Bravo.Token).PostJson($"/api/organisations/{w.Acme.Id}/keys", new { publicKey = Application.Signing.SigningKeys.PublicPem(key) })).StatusCode);
        // An agency admin making users for another agency, or a vendor user.
        var admin = registry.As(w.A.AdminToken);
        Assert.AreEqual(HttpStatusCode.Forbidden, (await admin.PostJson("/api/users", new { name = "planted", role = "agency-admin", organisation = w.B.Id, password = "correct horse battery" })).StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, (await admin.PostJson("/api/users", new { name = "planted", role = "vendor", organisation = w.Acme.Id, password = "correct horse battery" })).StatusCode);
        // A token cannot be widened: a read-only token asks for a submit token.
        var readOnly = (await TestRegistry.Json(await acme.PostJson("/api/tokens", new { name = "dashboard", scopes = "read" })))["token"]!.GetValue<string>();
        Assert.AreEqual(HttpStatusCode.Forbidden, (await registry.As(readOnly).PostJson("/api/tokens", new { name = "wider", scopes = "read,submit" })).StatusCode);
        var submitted = await registry.Submit(readOnly, w.ProcurementA, TestBundles.Signed("acme-ssdf-mapped", w.Acme.Key));
        Assert.AreEqual(HttpStatusCode.Forbidden, submitted.StatusCode, "a read-only token does not submit");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task TheAgencyInTheBody_IsIgnored_TheCallersIsUsed(string database)
    {
        var w = await Build(database);
        await using var registry = w.Registry;

        var created = await registry.As(w.A.AdminToken).PostJson("/api/procurements",
            new { title = "Planted in B", baselines = new[] { "au-software-supplier" }, closes = "2027-01-01", agency = w.B.Id, agencyId = w.B.Id });

        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode);
        Assert.AreEqual(w.A.Id, (await TestRegistry.Json(created))["agency"]!.GetValue<string>());
        var seenByB = await TestRegistry.Json(await registry.As(w.B.ReviewerToken).GetAsync("/api/procurements"));
        Assert.AreEqual(1, seenByB.AsArray().Count, "agency B still sees only its own procurement");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task ARevokedToken_SignsNobodyIn(string database)
    {
        var w = await Build(database);
        await using var registry = w.Registry;
        var pipeline = await TestRegistry.Json(await registry.As(w.Acme.Token).PostJson("/api/tokens", new { name = "release pipeline", scopes = "submit,read" }));
        var token = pipeline["token"]!.GetValue<string>();
        Assert.AreEqual(HttpStatusCode.OK, (await registry.As(token).GetAsync("/api/procurements")).StatusCode);

        var revoked = await registry.As(w.Acme.Token).DeleteAsync($"/api/tokens/{pipeline["id"]!.GetValue<string>()}");
        var after = await registry.As(token).GetAsync("/api/procurements");
        var othersToken = await registry.As(w.Bravo.Token).DeleteAsync($"/api/tokens/{pipeline["id"]!.GetValue<string>()}");

        Assert.AreEqual(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.AreEqual("PB2009", await TestRegistry.ProblemCode(after));
        Assert.AreEqual(HttpStatusCode.NotFound, othersToken.StatusCode, "a vendor cannot revoke, or learn of, another's token");
        Assert.AreEqual(HttpStatusCode.Unauthorized, (await registry.As("pbt_" + new string('A', 43)).GetAsync("/api/procurements")).StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, (await registry.Anonymous().GetAsync("/api/catalogs")).StatusCode);
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task ABundleForAnotherVendor_IsRefused(string database)
    {
        var w = await Build(database);
        await using var registry = w.Registry;

        // Bravo signs Acme's attestation with its own key and submits it as its own.
        var foreign = await registry.Submit(w.Bravo.Token, w.ProcurementA, TestBundles.Signed("acme-ssdf-mapped", w.Bravo.Key));
        // Bravo submits Acme's own signed bundle.
        var stolen = await registry.Submit(w.Bravo.Token, w.ProcurementA, TestBundles.Signed("acme-ssdf-mapped", w.Acme.Key));

        Assert.AreEqual(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.AreEqual("PB2004", await TestRegistry.ProblemCode(foreign));
        Assert.AreEqual(HttpStatusCode.Conflict, stolen.StatusCode, "the same bytes are already a submission to this procurement");
        var another = await registry.Procurement(w.A, "au-software-supplier");
        var stolenElsewhere = await registry.Submit(w.Bravo.Token, another, TestBundles.Signed("acme-ssdf-mapped", w.Acme.Key));
        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, stolenElsewhere.StatusCode);
        Assert.AreEqual("PB2003", await TestRegistry.ProblemCode(stolenElsewhere), "no signature by a key registered for Bravo");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task AnAgencyAdmin_ListsItsOwnAgencysUsers_AndAVendorListsNone(string database)
    {
        await using var registry = await TestRegistry.Start(database);
        var a = await registry.Agency("Agency A");
        await registry.Agency("Agency B");
        var vendor = await registry.Vendor("Acme Software Pty Ltd");

        var own = await TestRegistry.Json(await registry.As(a.AdminToken).GetAsync("/api/users"));
        CollectionAssert.AreEqual(new[] { "Agency A-admin", "Agency A-reviewer" }, own.AsArray().Select(u => u!["name"]!.GetValue<string>()).ToArray());
        var all = await TestRegistry.Json(await registry.As(await registry.Admin()).GetAsync("/api/users"));
        Assert.IsGreaterThanOrEqualTo(6, all.AsArray().Count, "the site admin lists every agency's and vendor's users and itself");
        var refused = await registry.As(vendor.Token).GetAsync("/api/users");
        Assert.AreEqual(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
