using Npgsql;

namespace ProcurementBaseline.Tests.Server;

/// <summary>
/// The two databases the API tests run on: a SQLite file in a temporary folder, and a new database on the PostgreSQL
/// server named by PROCBASE_TEST_POSTGRES (a connection string; .ci/run starts one on loopback). Without it the
/// PostgreSQL runs are skipped, unless PROCBASE_REQUIRE_POSTGRES=1 (set by .ci/run), when they fail.
/// </summary>
internal static class TestDatabases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>A fresh, empty database of the kind asked for: its connection string (null for SQLite in the folder), and how to drop it.</summary>
    public static async Task<(string? Connection, Func<Task> Drop)> Create(string kind, string folder)
    {
        if (kind == Sqlite)
        {
            return (null, () => Task.CompletedTask);
        }

        var server = Environment.GetEnvironmentVariable("PROCBASE_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            const string Message = "needs a PostgreSQL server: set PROCBASE_TEST_POSTGRES to a connection string (Host=127.0.0.1;Username=…;Password=…), as .ci/run does";
            if (Environment.GetEnvironmentVariable("PROCBASE_REQUIRE_POSTGRES") == "1")
            {
                Assert.Fail(Message);
            }

            Assert.Inconclusive(Message);
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(server);
        }
        catch (ArgumentException e)
        {
            Assert.Fail($"PROCBASE_TEST_POSTGRES is not a connection string ({e.Message}): '{server}'");
        }

        var name = $"procbase_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return (connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }
}
