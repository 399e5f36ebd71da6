using System.Net;

namespace ProcurementBaseline.Tests.Server;

/// <summary>The standards read through the API are the ones the server loaded; the audit log is checkable over HTTP by site admins only.</summary>
[TestClass]
public sealed class StandardsApiTests
{
    [TestMethod]
    public async Task CatalogsBaselinesAndCrosswalks_AreListedAndRead()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);
        var client = registry.As(await registry.Admin());
        var standards = TestBundles.Standards.Standards;

        var catalogs = (await TestRegistry.Json(await client.GetAsync("/api/catalogs"))).AsArray();
        var ssdf = await TestRegistry.Json(await client.GetAsync("/api/catalogs/nist-ssdf/1.1"));
        var baseline = await TestRegistry.Json(await client.GetAsync("/api/baselines/au-software-supplier"));
        var crosswalks = (await TestRegistry.Json(await client.GetAsync("/api/crosswalks"))).AsArray();
        var first = crosswalks[0]!["id"]!.GetValue<string>();
        var crosswalk = await TestRegistry.Json(await client.GetAsync($"/api/crosswalks/{first}"));

        Assert.AreEqual(standards.Catalogs.Catalogs.Length, catalogs.Count);
        Assert.AreEqual(standards.Catalogs.Catalogs.Single(c => c.Id == "nist-ssdf" && c.Version.ToString() == "1.1").ControlCount, ssdf["controls"]!.AsArray().Count);
        Assert.IsTrue(ssdf["controls"]!.AsArray().Any(c => c!["id"]!.GetValue<string>() == "PO.1.1"));
        Assert.AreEqual(standards.FindBaseline("au-software-supplier")!.Controls.Length, baseline["controls"]!.AsArray().Count);
        Assert.AreEqual(standards.Crosswalks.Length, crosswalks.Count);
        Assert.AreEqual(crosswalks[0]!["mappings"]!.GetValue<int>(), crosswalk["mappings"]!.AsArray().Count);
        foreach (var missing in new[] { "/api/catalogs/nist-ssdf/9.9", "/api/baselines/nope", "/api/crosswalks/a--b" })
        {
            var response = await client.GetAsync(missing);
            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode, missing);
            Assert.AreEqual("PB2001", await TestRegistry.ProblemCode(response));
        }
    }

    [TestMethod]
    public async Task TheAuditLog_IsCheckedOverHttp_BySiteAdminsOnly()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);
        var agency = await registry.Agency("Digital Transformation Agency");

        var check = await TestRegistry.Json(await registry.As(await registry.Admin()).GetAsync("/api/audit/verify"));
        var refused = await registry.As(agency.AdminToken).GetAsync("/api/audit/verify");

        Assert.IsTrue(check["intact"]!.GetValue<bool>());
        Assert.IsTrue(check["entries"]!.GetValue<long>() >= 8, "organisation, users and tokens were all audited");
        Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
