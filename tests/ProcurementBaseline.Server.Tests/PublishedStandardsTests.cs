using System.Diagnostics;
using System.Net.Http.Json;
using Npgsql;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Storage;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// Standards served from the database: published from a folder (checked first), written out and loaded by a server,
/// refused when a row's bytes or path are not what they claim; and replicated from a publishing PostgreSQL database to
/// another by logical replication, a later publication following, and a server on the subscriber serving them.
/// </summary>
[TestClass]
public sealed class PublishedStandardsTests
{
    private static string Shipped => Path.Combine(RepositoryPaths.Root, "standards");

    [TestMethod]
    public async Task PublishedStandards_LoadAsTheFolderDoes_AndRowsThatLieAreRefused()
    {
        var data = Directory.CreateTempSubdirectory("procbase-published-").FullName;
        try
        {
            var (code, output, error) = InProcessCli.Procbase("db", "publish-standards", "--data", data);
            Assert.AreEqual(0, code, error);
            StringAssert.Contains(output, $"published {PublishedStandards.From(Shipped).Count} standards files");
            await using var dialect = SqlDialect.For(null, data);
            var store = new SqlRegistryStore(dialect);
            var (folder, problems) = await PublishedStandards.Materialise(store, data, CancellationToken.None);
            Assert.IsEmpty(problems);
            var fromDatabase = HarmonisationSet.Load(folder, RepositoryPaths.Root).Standards;
            var fromFolder = HarmonisationSet.Load(Shipped, RepositoryPaths.Root).Standards;
            Assert.IsFalse(fromDatabase.HasErrors);
            Assert.AreEqual(fromFolder.CatalogFileCount, fromDatabase.CatalogFileCount);
            CollectionAssert.AreEqual(fromFolder.Pins.ToArray(), fromDatabase.Pins.ToArray(), "the same files, by path and hash");

            // Rows are input: one whose bytes changed, one that would be written outside the folder.
            await using (var connection = await dialect.Open(CancellationToken.None))
            {
                await connection.Execute(null, "UPDATE published_standards SET content = @c WHERE path = (SELECT MIN(path) FROM published_standards)", CancellationToken.None, ("c", "forged: true\n"u8.ToArray()));
                await connection.Execute(null, "INSERT INTO published_standards (path, sha256, content, published) VALUES ('../../escape.yaml', 'x', @c, 'now')", CancellationToken.None, ("c", new byte[] { 1 }));
            }

            var (refused, lies) = await PublishedStandards.Materialise(store, data, CancellationToken.None);
            Assert.IsNull(refused);
            Assert.AreEqual(2, lies.Count, string.Join("\n", lies));
            Assert.IsTrue(lies.Any(l => l.Contains("do not match its sha256", StringComparison.Ordinal)));
            Assert.IsTrue(lies.Any(l => l.Contains("'../../escape.yaml': not a relative path", StringComparison.Ordinal)));
            Assert.IsFalse(File.Exists(Path.Combine(data, "..", "escape.yaml")));
        }
        finally
        {
            SqliteDialect.ReleaseFiles();
            Directory.Delete(data, recursive: true);
        }
    }

    [TestMethod]
    public void AServerOnAnEmptyDatabase_RefusesToStartWithoutStandards()
    {
        var data = Directory.CreateTempSubdirectory("procbase-published-").FullName;
        try
        {
            var (code, _, error) = InProcessCli.Procbase("serve", "--data", data, "--standards-from-database");
            Assert.AreEqual(1, code, error);
            StringAssert.Contains(error, "holds no published standards");
            Assert.AreEqual(2, InProcessCli.Procbase("serve", "--data", data, "--standards-from-database", "--standards", Shipped).Code);
        }
        finally
        {
            SqliteDialect.ReleaseFiles();
            Directory.Delete(data, recursive: true);
        }
    }

    [TestMethod]
    [Timeout(240_000, CooperativeCancellation = true)]
    public async Task StandardsPublishedInOneDatabase_ReachAnotherByLogicalReplication_AndAServerThereServesThem()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-replica-").FullName;
        var (publisher, dropPublisher) = await TestDatabases.Create(TestDatabases.Postgres, folder);
        var (subscriber, dropSubscriber) = await TestDatabases.Create(TestDatabases.Postgres, folder);
        var name = "procbase_standards_" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await RequireLogicalWal(publisher!);
            Assert.AreEqual(0, InProcessCli.Procbase("db", "publish-standards", "--db", publisher!).Code);
            Assert.AreEqual(0, InProcessCli.Procbase("db", "migrate", "--db", subscriber!).Code, "the subscriber has the schema, as replication requires");
            await Sql(publisher!, $"CREATE PUBLICATION {name} FOR TABLE published_standards");
            // A subscription to the same cluster cannot make its slot itself (it would wait on its own transaction).
            await Sql(publisher!, $"SELECT pg_create_logical_replication_slot('{name}', 'pgoutput')");
            var source = new NpgsqlConnectionStringBuilder(publisher);
            await Sql(subscriber!, $"CREATE SUBSCRIPTION {name} CONNECTION 'host={source.Host} port={source.Port} user={source.Username} password={source.Password} dbname={source.Database}' PUBLICATION {name} WITH (create_slot = false, slot_name = '{name}')");

            var published = PublishedStandards.Release(PublishedStandards.From(Shipped));
            await Replicated(subscriber!, published);

            // A later publication (a crosswalk withdrawn) follows, as one transaction.
            var changed = Path.Combine(folder, "standards");
            CopyFolder(Shipped, changed);
            var withdrawn = Directory.EnumerateFiles(Path.Combine(changed, "crosswalks"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
            File.Delete(withdrawn);
            Assert.AreEqual(0, InProcessCli.Procbase("db", "publish-standards", "--db", publisher!, "--standards", changed).Code);
            await Replicated(subscriber!, PublishedStandards.Release(PublishedStandards.From(changed)));

            using var server = ServerProcess.Start(Path.Combine(folder, "data"), subscriber, "--standards-from-database");
            using var client = new HttpClient { BaseAddress = server.Address };
            var setup = new RegistrySetup(_ => new HttpClient { BaseAddress = server.Address });
            client.DefaultRequestHeaders.Authorization = new("Bearer", await setup.SignIn("admin", server.AdminPassword!));
            var crosswalks = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/crosswalks");
            var shipped = HarmonisationSet.Load(Shipped, RepositoryPaths.Root).Standards.Crosswalks.Length;
            Assert.AreEqual(shipped - 1, crosswalks!.Count, "the subscriber's server serves the publication, the withdrawn crosswalk gone");
        }
        finally
        {
            await Quietly(subscriber, $"ALTER SUBSCRIPTION {name} DISABLE", $"ALTER SUBSCRIPTION {name} SET (slot_name = NONE)", $"DROP SUBSCRIPTION {name}");
            await DropSlot(publisher, name);
            await dropSubscriber();
            await dropPublisher();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RequireLogicalWal(string connection)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var show = new NpgsqlCommand("SHOW wal_level", open);
        if ((string?)await show.ExecuteScalarAsync() != "logical")
        {
            const string Message = "needs wal_level = logical on the PostgreSQL server (scripts/postgres-start.sh sets it, as .ci/run does)";
            if (Environment.GetEnvironmentVariable("PROCBASE_REQUIRE_POSTGRES") == "1")
            {
                Assert.Fail(Message);
            }

            Assert.Inconclusive(Message);
        }
    }

    /// <summary>Waits until the subscriber's published standards are the release asked for, as a server there would read them.</summary>
    private static async Task Replicated(string subscriber, string release)
    {
        await using var dialect = SqlDialect.For(subscriber, Path.GetTempPath());
        var store = new SqlRegistryStore(dialect);
        var waited = Stopwatch.StartNew();
        var seen = "";
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            seen = PublishedStandards.Release(await store.PublishedStandards(CancellationToken.None));
            if (seen == release)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"the subscriber holds release {seen[..16]}, not {release[..16]}, after a minute");
    }

    private static async Task Sql(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Quietly(string? connection, params string[] statements)
    {
        foreach (var sql in statements)
        {
            try
            {
                if (connection is not null)
                {
                    await Sql(connection, sql);
                }
            }
            catch (PostgresException)
            {
                // Cleaning up after a test that stopped half-way: what was never made cannot be dropped.
            }
        }
    }

    /// <summary>The slot is busy until the disabled subscription's sender has gone; the publisher cannot be dropped while it exists.</summary>
    private static async Task DropSlot(string? publisher, string name)
    {
        for (var attempt = 0; publisher is not null && attempt < 50; attempt++)
        {
            try
            {
                await Sql(publisher, $"SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '{name}'");
                return;
            }
            catch (PostgresException) when (attempt < 49)
            {
                await Task.Delay(200);
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
