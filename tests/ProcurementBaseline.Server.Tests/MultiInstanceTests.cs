using System.Net;

namespace ProcurementBaseline.Tests.Server;

/// <summary>Two <c>procbase serve</c> processes on one database: nothing either keeps in memory breaks the other.</summary>
[TestClass]
public sealed class MultiInstanceTests
{
    [TestMethod]
    [DataRow(TestDatabases.Postgres)]
    [DataRow(TestDatabases.Sqlite)]
    public async Task TwoServersOnOneDatabase_NumberVersionsWithoutGaps_AndShareTokens(string database)
    {
        var data = Directory.CreateTempSubdirectory("procbase-two-");
        var (connection, drop) = await TestDatabases.Create(database, data.FullName);
        try
        {
            using var first = ServerProcess.Start(data.FullName, connection);
            var (procurement, vendor) = await CrashTests.SetUp(first);
            using var second = ServerProcess.Start(data.FullName, connection);
            Assert.IsNull(second.AdminPassword, "the second server finds the admin the first made");
            using var a = CrashTests.Client(first.Address, vendor.Token);
            using var b = CrashTests.Client(second.Address, vendor.Token);

            var uploads = Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? a : b).PostBundle(procurement, CrashTests.Resigned(vendor))).ToList();
            var responses = await Task.WhenAll(uploads);

            Assert.IsTrue(responses.All(r => r.StatusCode == HttpStatusCode.Created), string.Join(", ", responses.Select(r => r.StatusCode)));
            var listing = System.Text.Json.Nodes.JsonNode.Parse(await b.GetStringAsync($"/api/procurements/{procurement}/submissions?page-size=50"))!;
            var versions = listing["items"]!.AsArray().Select(s => s!["version"]!.GetValue<int>()).Order().ToArray();
            CollectionAssert.AreEqual(Enumerable.Range(1, 12).ToArray(), versions, "one numbering across both servers, without gaps or repeats");

            // A token made through one server, revoked through the other, stops at once on both.
            var made = System.Text.Json.Nodes.JsonNode.Parse(await (await a.PostJson("/api/tokens", new { name = "pipeline", scopes = "read" })).Content.ReadAsStringAsync())!;
            using var pipelineOnB = CrashTests.Client(second.Address, made["token"]!.GetValue<string>());
            Assert.AreEqual(HttpStatusCode.OK, (await pipelineOnB.GetAsync("/api/procurements")).StatusCode);
            Assert.AreEqual(HttpStatusCode.NoContent, (await b.DeleteAsync($"/api/tokens/{made["id"]!.GetValue<string>()}")).StatusCode);
            using var pipelineOnA = CrashTests.Client(first.Address, made["token"]!.GetValue<string>());
            Assert.AreEqual(HttpStatusCode.Unauthorized, (await pipelineOnA.GetAsync("/api/procurements")).StatusCode);
        }
        finally
        {
            await drop();
            Storage.SqliteDialect.ReleaseFiles();
            data.Delete(recursive: true);
        }
    }

    [TestMethod]
    public async Task APortalForm_WrittenByOneServer_IsAcceptedByAnotherWithItsOwnDataFolder()
    {
        var (first, second) = (Directory.CreateTempSubdirectory("procbase-a-"), Directory.CreateTempSubdirectory("procbase-b-"));
        var (connection, drop) = await TestDatabases.Create(TestDatabases.Postgres, first.FullName);
        try
        {
            using var a = ServerProcess.Start(first.FullName, connection);
            using var b = ServerProcess.Start(second.FullName, connection);
            var cookies = new CookieContainer();
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
            var form = await browser.GetStringAsync(new Uri(a.Address, "/portal/sign-in"));
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"antiforgery\" value=\"([^\"]+)\"").Groups[1].Value;
            Assert.IsNotEmpty(token, "the sign-in form carries an antiforgery token");
            foreach (var cookie in cookies.GetCookies(a.Address).Cast<Cookie>())
            {
                cookies.Add(b.Address, new Cookie(cookie.Name, cookie.Value));
            }

            FormUrlEncodedContent SignIn(string antiforgery) => new(new Dictionary<string, string>
            {
                ["antiforgery"] = antiforgery, ["name"] = "admin", ["password"] = a.AdminPassword!, ["return"] = "/portal",
            });
            using var forged = await browser.PostAsync(new Uri(b.Address, "/portal/sign-in"), SignIn(token[..^4] + "AAAA"));
            Assert.AreEqual(HttpStatusCode.UnprocessableEntity, forged.StatusCode, "a token the keys did not make is refused");
            using var posted = await browser.PostAsync(new Uri(b.Address, "/portal/sign-in"), SignIn(token));
            Assert.AreEqual(HttpStatusCode.Redirect, posted.StatusCode, "the second server read the first one's antiforgery token: their keys are the database's");
        }
        finally
        {
            await drop();
            first.Delete(recursive: true);
            second.Delete(recursive: true);
        }
    }
}
