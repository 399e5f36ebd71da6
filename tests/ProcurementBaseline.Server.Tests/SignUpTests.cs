using System.Net;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Tests.Server;

/// <summary>Vendors signing themselves up: an organisation and its first user made together, or neither; closed when the registry says so; throttled.</summary>
[TestClass]
public sealed class SignUpTests
{
    private const string Password = "correct horse battery";

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task AVendorSignsUp_ThenSignsInAsItsOwnVendor_AndATakenNameLeavesNothingBehind(string database)
    {
        await using var registry = await TestRegistry.Start(database);
        var anonymous = registry.Anonymous();

        var made = await anonymous.PostJson("/api/sign-ups", new { organisation = "Acme Software Pty Ltd", vendorId = "ABN 51 824 753 556", name = "acme", password = Password });
        Assert.AreEqual(HttpStatusCode.Created, made.StatusCode, await made.Content.ReadAsStringAsync());
        var user = await TestRegistry.Json(made);
        Assert.AreEqual("vendor", user["role"]!.GetValue<string>());
        var token = await registry.SignIn("acme", Password);
        var organisations = await TestRegistry.Json(await registry.As(token).GetAsync("/api/organisations"));
        var organisation = organisations.AsArray().Single()!;
        Assert.AreEqual("Acme Software Pty Ltd", organisation["name"]!.GetValue<string>());
        Assert.AreEqual("vendor", organisation["kind"]!.GetValue<string>());
        Assert.AreEqual(user["organisation"]!.GetValue<string>(), organisation["id"]!.GetValue<string>());

        // The user name is taken: the second organisation is not kept either.
        var taken = await anonymous.PostJson("/api/sign-ups", new { organisation = "Globex", name = "acme", password = Password });
        Assert.AreEqual(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.AreEqual("PB2015", await TestRegistry.ProblemCode(taken));
        var all = await TestRegistry.Json(await registry.As(await registry.Admin()).GetAsync("/api/organisations"));
        Assert.IsFalse(all.AsArray().Any(o => o!["name"]!.GetValue<string>() == "Globex"), "a failed sign-up left its organisation behind");

        // What a sign-up cannot do: pick its role, hold control characters, use a short password.
        var weak = await anonymous.PostJson("/api/sign-ups", new { organisation = "Initech", name = "initech", password = "short" });
        Assert.AreEqual("PB2010", await TestRegistry.ProblemCode(weak));
        var control = await anonymous.PostJson("/api/sign-ups", new { organisation = "Init\u0007ech", name = "initech", password = Password });
        Assert.AreEqual("PB2010", await TestRegistry.ProblemCode(control));
        var audit = await TestRegistry.Json(await registry.As(await registry.Admin()).GetAsync("/api/audit/verify"));
        Assert.IsTrue(audit["intact"]!.GetValue<bool>(), audit.ToJsonString());
    }

    [TestMethod]
    public async Task ARegistryClosedToSignUp_RefusesIt()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite, new RegistryOptions { VendorSignUp = false });
        var refused = await registry.Anonymous().PostJson("/api/sign-ups", new { organisation = "Acme", name = "acme", password = Password });
        Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
        var page = await registry.Anonymous().GetAsync("/portal/sign-in");
        Assert.DoesNotContain("/portal/sign-up", await page.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task PasswordGuessing_IsThrottledPerAddress_WithACode()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);
        var anonymous = registry.Anonymous();
        // The bucket holds 20 attempts and refills continuously (20 a minute, one every 3 s), so a slow machine may earn
        // a further attempt while it guesses: the first 20 are answered, and guessing on is refused before long.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 100 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            statuses.Add((await anonymous.PostJson("/api/sessions", new { name = "admin", password = "guess " + i })).StatusCode);
        }

        Assert.IsTrue(statuses.Take(20).All(s => s == HttpStatusCode.Unauthorized), string.Join(",", statuses));
        Assert.AreEqual(HttpStatusCode.TooManyRequests, statuses[^1], string.Join(",", statuses));
        var throttled = await anonymous.PostJson("/api/sessions", new { name = "admin", password = registry.AdminPassword });
        Assert.AreEqual(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.AreEqual("PB2019", await TestRegistry.ProblemCode(throttled));
        Assert.AreEqual("60", throttled.Headers.RetryAfter?.ToString());
    }
}
