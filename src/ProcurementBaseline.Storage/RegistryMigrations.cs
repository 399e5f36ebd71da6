using System.Reflection;

namespace ProcurementBaseline.Storage;

/// <summary>
/// The schema, as numbered SQL scripts per database (Migrations/sqlite, Migrations/postgres), applied in order, each in
/// its own transaction with the row that records it. A test applies both sets and checks they give the same tables and
/// columns, so the two cannot drift.
/// </summary>
public static class RegistryMigrations
{
    private const string Table = "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT NOT NULL PRIMARY KEY, applied TEXT NOT NULL)";

    /// <summary>The scripts for a database, in order, as (version, SQL).</summary>
    public static IReadOnlyList<(string Version, string Sql)> Scripts(SqlDialect dialect)
    {
        var assembly = typeof(RegistryMigrations).Assembly;
        var prefix = $"migrations/{dialect.Name}/";
        return [.. assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n => (Path.GetFileNameWithoutExtension(n[prefix.Length..]), Read(assembly, n)))];
    }

    /// <summary>Applies the scripts not yet applied; returns their versions.</summary>
    public static async Task<List<string>> Apply(SqlDialect dialect, TimeProvider time, CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        await dialect.Prepare(connection, cancel);
        await connection.Execute(null, Table, cancel);
        var applied = new List<string>();
        foreach (var (version, sql) in Scripts(dialect))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancel);
            if (dialect is PostgresDialect)
            {
                // Several servers starting at once against one database: one migrates, the others wait and find it done.
                await connection.Execute(transaction, "SELECT pg_advisory_xact_lock(8477)", cancel);
            }

            var done = await connection.Query(transaction, "SELECT version FROM schema_migrations WHERE version = @v", r => r.GetString(0), cancel, ("v", version));
            if (done.Count > 0)
            {
                continue;
            }

            await connection.Execute(transaction, sql, cancel);
            await connection.Execute(transaction, "INSERT INTO schema_migrations (version, applied) VALUES (@v, @at)", cancel,
                ("v", version), ("at", ProcurementBaseline.Application.Registry.Timestamps.Format(time.GetUtcNow())));
            await transaction.CommitAsync(cancel);
            applied.Add(version);
        }

        return applied;
    }

    /// <summary>The versions applied to the database, and those this build knows that are not.</summary>
    public static async Task<(List<string> Applied, List<string> Pending)> Status(SqlDialect dialect, CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        await connection.Execute(null, Table, cancel);
        var applied = await connection.Query(null, "SELECT version FROM schema_migrations ORDER BY version", r => r.GetString(0), cancel);
        return (applied, [.. Scripts(dialect).Select(s => s.Version).Except(applied)]);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
