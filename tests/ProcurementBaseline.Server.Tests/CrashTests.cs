using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Storage;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// The registry killed with SIGKILL while vendors upload, and an upload cut off half-way: after a restart the database
/// is consistent (every submission complete, versions without gaps, the audit log intact) and nothing half-made is left.
/// </summary>
[TestClass]
public sealed class CrashTests
{
    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task KillDashNine_DuringUploads_LeavesTheDatabaseConsistent(string database)
    {
        var data = Directory.CreateTempSubdirectory("procbase-kill-");
        var (connection, drop) = await TestDatabases.Create(database, data.FullName);
        try
        {
            string procurement;
            Vendor vendor;
            byte[][] bundles;
            using (var server = ServerProcess.Start(data.FullName, connection))
            {
                (procurement, vendor) = await SetUp(server);
                bundles = [.. Enumerable.Range(0, 24).Select(_ => Resigned(vendor))];
                using var client = Client(server.Address, vendor.Token);
                var uploads = bundles.Select(b => client.PostBundle(procurement, b)).ToList();
                await Task.WhenAny(uploads);
                await Task.Delay(50);
                server.KillHard();
                await Task.WhenAll(uploads.Select(u => u.ContinueWith(_ => { }, TaskScheduler.Default)));
            }

            using var restarted = ServerProcess.Start(data.FullName, connection);
            Assert.IsNull(restarted.AdminPassword, "the restart finds its admin: nothing of the first start was lost");
            await using var dialect = SqlDialect.For(connection, data.FullName);
            var store = new SqlRegistryStore(dialect);
            var listing = await store.Submissions(new Application.Registry.SubmissionQuery(procurement, null, null, false, 1, 100), CancellationToken.None);
            Assert.IsTrue(listing.Total >= 1, "the uploads that finished before the kill are kept");
            var versions = listing.Items.Select(s => s.Version).Order().ToArray();
            CollectionAssert.AreEqual(Enumerable.Range(1, versions.Length).ToArray(), versions, "versions are numbered without gaps");
            foreach (var submission in listing.Items)
            {
                Assert.IsNotNull(await store.File(submission.Id, Application.Registry.RegistrySubmissions.BundleFile, CancellationToken.None), "a kept submission has its bundle");
                Assert.IsNotNull(await store.File(submission.Id, Application.Registry.RegistrySubmissions.AssessmentFile, CancellationToken.None), "and its assessment");
            }

            var entries = new List<Application.Registry.AuditEntry>();
            await foreach (var entry in store.AuditLog(CancellationToken.None))
            {
                entries.Add(entry);
            }

            Assert.AreEqual(0, Application.Registry.AuditChain.Verify(entries, await store.AuditHead(CancellationToken.None), "db").Count, "the audit log is intact");
            Assert.AreEqual(listing.Total, entries.Count(e => e.Action == "submission.add"), "one audit entry per submission kept, and none for one lost");
            using var client2 = Client(restarted.Address, vendor.Token);
            var after = await client2.PostBundle(procurement, bundles[^1]);
            Assert.IsTrue(after.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, "the restarted server takes submissions again");
        }
        finally
        {
            await drop();
            SqliteDialect.ReleaseFiles();
            data.Delete(recursive: true);
        }
    }

    [TestMethod]
    public async Task AnUploadCutOffHalfway_LeavesNothingBehind()
    {
        var data = Directory.CreateTempSubdirectory("procbase-cut-");
        try
        {
            using var server = ServerProcess.Start(data.FullName);
            var (procurement, vendor) = await SetUp(server);
            var bundle = Resigned(vendor);
            var before = Directory.GetFiles(data.FullName, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToArray();

            using (var socket = new TcpClient())
            {
                await socket.ConnectAsync(server.Address.Host, server.Address.Port);
                var stream = socket.GetStream();
                var head = $"POST /api/procurements/{procurement}/submissions HTTP/1.1\r\nHost: {server.Address.Authority}\r\nAuthorization: Bearer {vendor.Token}\r\nContent-Type: application/zip\r\nContent-Length: {bundle.Length}\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                await stream.WriteAsync(bundle.AsMemory(0, bundle.Length / 2));
                await stream.FlushAsync();
            }

            await Task.Delay(500);
            using var client = Client(server.Address, vendor.Token);
            var listing = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/procurements/{procurement}/submissions");
            Assert.AreEqual(0, listing!["total"]!.GetValue<int>(), "the cut-off upload is not a submission");
            var files = Directory.GetFiles(data.FullName, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToArray();
            CollectionAssert.AreEqual(before, files, "no partial upload is left on disk");
            Assert.AreEqual(HttpStatusCode.Created, (await client.PostBundle(procurement, bundle)).StatusCode, "the whole bundle then goes in");
        }
        finally
        {
            SqliteDialect.ReleaseFiles();
            data.Delete(recursive: true);
        }
    }

    internal static HttpClient Client(Uri address, string? token = null)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>The sample signed again: ECDSA signatures are randomised, so each call gives new bytes of the same submission.</summary>
    internal static byte[] Resigned(Vendor vendor)
    {
        var unsigned = TestBundles.Signed("acme-ssdf-mapped", null);
        var path = Path.Combine(Path.GetTempPath(), $"resigned-{Guid.NewGuid():N}.zip");
        try
        {
            Application.IO.AtomicFileWriter.WriteBytes(path, unsigned);
            Assert.IsFalse(Application.Bundles.BundleSigner.Sign(path, path, vendor.Key, "vendor", 1L << 30, path).Any(d => d.IsError));
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static async Task<(string Procurement, Vendor Vendor)> SetUp(ServerProcess server)
    {
        Assert.IsNotNull(server.AdminPassword);
        var key = SigningKeys.NewKey();
        var world = await new RegistrySetup(token => Client(server.Address, token)).World(server.AdminPassword, "Acme Software Pty Ltd", "au-software-supplier", key);
        return (world.Procurement, new Vendor(world.VendorId, world.VendorToken, key));
    }
}
