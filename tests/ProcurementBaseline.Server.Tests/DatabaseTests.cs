using ProcurementBaseline.Cli;
using ProcurementBaseline.Storage;

namespace ProcurementBaseline.Tests.Server;

/// <summary>The database commands: the audit chain catches a row altered or deleted behind the registry's back; backups restore into either database; the two migration sets agree.</summary>
[TestClass]
public sealed class DatabaseTests
{
    private static string[] Db(TestRegistry registry) => registry.Database is { } connection ? ["--db", connection] : ["--data", registry.DataFolder];

    /// <summary>A registry with a little of everything in its audit log.</summary>
    private static async Task<TestRegistry> Busy(string database)
    {
        var registry = await TestRegistry.Start(database);
        var agency = await registry.Agency("Digital Transformation Agency");
        var acme = await registry.Vendor("Acme Software Pty Ltd");
        var procurement = await registry.Procurement(agency, "au-software-supplier");
        await registry.Submit(acme.Token, procurement, TestBundles.Signed("acme-ssdf-mapped", acme.Key));
        return registry;
    }

    private static async Task Sql(TestRegistry registry, string sql)
    {
        await using var dialect = SqlDialect.For(registry.Database, registry.DataFolder);
        await using var connection = await dialect.Open(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task Verify_PassesAnUntouchedLog_AndNamesAnAlteredOrDeletedEntry(string database)
    {
        await using var registry = await Busy(database);

        var intact = InProcessCli.Procbase(["db", "verify", .. Db(registry)]);
        await Sql(registry, "UPDATE audit_log SET detail = 'nothing to see' WHERE sequence = 5");
        var altered = InProcessCli.Procbase(["db", "verify", .. Db(registry)]);
        await Sql(registry, "DELETE FROM audit_log WHERE sequence = 7");
        var deleted = InProcessCli.Procbase(["db", "verify", .. Db(registry)]);

        Assert.AreEqual(ExitCodes.Success, intact.Code, intact.Error);
        StringAssert.Contains(intact.Out, "intact");
        Assert.AreEqual(ExitCodes.InputErrors, altered.Code);
        StringAssert.Contains(altered.Error, "PB2011");
        StringAssert.Contains(altered.Error, "audit entry 5");
        Assert.AreEqual(ExitCodes.InputErrors, deleted.Code);
        StringAssert.Contains(deleted.Error, "PB2012");
        StringAssert.Contains(deleted.Error, "7 to 7 are missing");
    }

    [TestMethod]
    public async Task Verify_NamesATailCutOff()
    {
        await using var registry = await Busy(TestDatabases.Sqlite);

        await Sql(registry, "DELETE FROM audit_log WHERE sequence = (SELECT MAX(sequence) FROM audit_log)");
        var cut = InProcessCli.Procbase(["db", "verify", .. Db(registry)]);

        Assert.AreEqual(ExitCodes.InputErrors, cut.Code);
        StringAssert.Contains(cut.Error, "its head records entry");
    }

    [TestMethod]
    [DataRow(TestDatabases.Sqlite, TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Sqlite, TestDatabases.Postgres)]
    [DataRow(TestDatabases.Postgres, TestDatabases.Sqlite)]
    public async Task ABackup_RestoresIntoEitherDatabase_WithItsAuditLogIntact(string from, string to)
    {
        await using var registry = await Busy(from);
        var backup = Path.Combine(registry.DataFolder, "backup.jsonl");
        var target = Directory.CreateTempSubdirectory("procbase-restore-");
        var (connection, drop) = await TestDatabases.Create(to, target.FullName);
        try
        {
            var written = InProcessCli.Procbase(["db", "backup", "--out", backup, .. Db(registry)]);
            string[] into = connection is null ? ["--data", target.FullName] : ["--db", connection];
            var restored = InProcessCli.Procbase(["db", "restore", backup, .. into]);
            var again = InProcessCli.Procbase(["db", "restore", backup, .. into]);
            var verified = InProcessCli.Procbase(["db", "verify", .. into]);
            var secondBackup = Path.Combine(target.FullName, "again.jsonl");
            InProcessCli.Procbase(["db", "backup", "--out", secondBackup, .. into]);

            Assert.AreEqual(ExitCodes.Success, written.Code, written.Error);
            Assert.AreEqual(ExitCodes.Success, restored.Code, restored.Error);
            StringAssert.Contains(restored.Out, "intact");
            Assert.AreEqual(ExitCodes.InputErrors, again.Code, "a restore never mixes into a registry that has data");
            StringAssert.Contains(again.Error, "not empty");
            Assert.AreEqual(ExitCodes.Success, verified.Code, verified.Error);
            CollectionAssert.AreEqual(File.ReadAllLines(backup).Skip(1).ToArray(), File.ReadAllLines(secondBackup).Skip(1).ToArray(), "the restored registry backs up to the same rows");
        }
        finally
        {
            await drop();
            SqliteDialect.ReleaseFiles();
            target.Delete(recursive: true);
        }
    }

    [TestMethod]
    public async Task TheTwoMigrationSets_GiveTheSameTablesAndColumns()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-migrations-");
        var (connection, drop) = await TestDatabases.Create(TestDatabases.Postgres, folder.FullName);
        try
        {
            await using var sqlite = SqlDialect.For(null, folder.FullName);
            await using var postgres = SqlDialect.For(connection, folder.FullName);
            CollectionAssert.AreEqual(RegistryMigrations.Scripts(sqlite).Select(s => s.Version).ToArray(), RegistryMigrations.Scripts(postgres).Select(s => s.Version).ToArray(), "one script per version for each database");
            await RegistryMigrations.Apply(sqlite, TimeProvider.System, CancellationToken.None);
            await RegistryMigrations.Apply(postgres, TimeProvider.System, CancellationToken.None);

            var (a, b) = (await Columns(sqlite), await Columns(postgres));

            CollectionAssert.AreEqual(a, b, $"only in SQLite: {string.Join(", ", a.Except(b))}; only in PostgreSQL: {string.Join(", ", b.Except(a))}");
            Assert.IsTrue(a.Count > 50, "the schema was read");
            Assert.AreEqual(0, (await RegistryMigrations.Apply(sqlite, TimeProvider.System, CancellationToken.None)).Count, "migrating twice applies nothing");
        }
        finally
        {
            await drop();
            SqliteDialect.ReleaseFiles();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<string>> Columns(SqlDialect dialect)
    {
        await using var connection = await dialect.Open(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = dialect.ColumnsQuery;
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add($"{reader.GetString(0)}.{reader.GetString(1)} {(Convert.ToBoolean(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) ? "null" : "not null")}");
        }

        return [.. columns.Order(StringComparer.Ordinal)];
    }

    [TestMethod]
    public void AnUnreachableDatabase_IsOneLine_NotACrash()
    {
        var run = InProcessCli.Procbase("db", "verify", "--db", "Host=127.0.0.1;Port=1;Username=x;Password=y;Timeout=2");

        Assert.AreEqual(ExitCodes.InputErrors, run.Code, run.Error);
        StringAssert.StartsWith(run.Error, "error: postgresql://127.0.0.1:1/");
    }
}
