using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ProcurementBaseline.Storage;

/// <summary>What differs between the two databases: connecting, taking the write lock, and recognising a duplicate key.</summary>
public abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgres": also the folder of its migrations.</summary>
    public abstract string Name { get; }

    /// <summary>Where the database is, for messages, without any password.</summary>
    public abstract string Shown { get; }

    public abstract Task<DbConnection> Open(CancellationToken cancel);

    /// <summary>
    /// Starts a write transaction that holds the registry's write lock (the audit head row): writes are serialised, so
    /// the audit chain has one order and a vendor's versions are numbered without gaps.
    /// </summary>
    public abstract Task<DbTransaction> BeginWrite(DbConnection connection, CancellationToken cancel);

    public abstract bool IsDuplicate(DbException exception);

    /// <summary>Settings the database file keeps once made, applied before migrating (on every start).</summary>
    public virtual Task Prepare(DbConnection connection, CancellationToken cancel) => Task.CompletedTask;

    /// <summary>Waits for this process's turn to write, first come first served; released when the write ends.</summary>
    public virtual async Task<IDisposable> WriteTurn(CancellationToken cancel)
    {
        await Task.CompletedTask;
        return NoTurn.Instance;
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }

    /// <summary>Every table's columns, as (table, column, nullable), to check that the two migration sets agree.</summary>
    public abstract string ColumnsQuery { get; }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Where a database is, as <see cref="Shown"/> says it, without opening it.</summary>
    public static string Describe(string? connection, string dataFolder) =>
        IsPostgres(connection) ? PostgresDialect.Describe(new NpgsqlConnectionStringBuilder(connection)) : new SqliteDialect(connection ?? Path.Combine(dataFolder, "registry.db")).File;

    private static bool IsPostgres(string? connection) =>
        connection is not null && connection.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>PostgreSQL for a connection string with a Host (<c>Host=db;Database=procbase;…</c>), else a SQLite file.</summary>
    public static SqlDialect For(string? connection, string dataFolder) =>
        IsPostgres(connection)
            ? new PostgresDialect(connection!)
            : new SqliteDialect(connection ?? Path.Combine(dataFolder, "registry.db"));
}

public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connection;

    public SqliteDialect(string pathOrConnection)
    {
        var builder = pathOrConnection.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(pathOrConnection)
            : new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(pathOrConnection) };
        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        File = builder.DataSource;
        _connection = builder.ToString();
    }

    public string File { get; }

    public override string Name => "sqlite";

    public override string Shown => File;

    public override async Task<DbConnection> Open(CancellationToken cancel)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(File))!);
        var connection = new SqliteConnection(_connection);
        await connection.OpenAsync(cancel);
        // Per connection; write-ahead logging is a property of the file, set once by Prepare.
        await connection.Execute(null, "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;", cancel);
        return connection;
    }

    // Write-ahead logging: readers never wait for the writer, and a killed process loses no committed transaction.
    public override Task Prepare(DbConnection connection, CancellationToken cancel) => connection.Execute(null, "PRAGMA journal_mode = WAL", cancel);

    // BEGIN IMMEDIATE takes SQLite's one write lock at once, so two writers never deadlock upgrading a read lock.
    public override Task<DbTransaction> BeginWrite(DbConnection connection, CancellationToken cancel) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override bool IsDuplicate(DbException exception) => exception is SqliteException { SqliteErrorCode: 19 };

    // SQLite has one writer at a time, and writers waiting on its lock retry after sleeps that grow, so under load a
    // writer can wait seconds while later ones get in. Queueing this process's writers in order first keeps the wait fair.
    private readonly SemaphoreSlim _writers = new(1, 1);

    public override async Task<IDisposable> WriteTurn(CancellationToken cancel)
    {
        await _writers.WaitAsync(cancel);
        return new Turn(_writers);
    }

    private sealed class Turn(SemaphoreSlim writers) : IDisposable
    {
        public void Dispose() => writers.Release();
    }

    public override string ColumnsQuery =>
        "SELECT m.name, p.name, p.\"notnull\" = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.name";

    /// <summary>Clears the pool, so the file can be replaced (restore) or removed.</summary>
    public static void ReleaseFiles() => SqliteConnection.ClearAllPools();
}

public sealed class PostgresDialect : SqlDialect
{
    private readonly NpgsqlDataSource _source;

    public PostgresDialect(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        Shown = Describe(builder);
        _source = NpgsqlDataSource.Create(builder);
    }

    public override string Name => "postgres";

    public static string Describe(NpgsqlConnectionStringBuilder builder) => $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";

    public override string Shown { get; }

    public override async Task<DbConnection> Open(CancellationToken cancel) => await _source.OpenConnectionAsync(cancel);

    public override async Task<DbTransaction> BeginWrite(DbConnection connection, CancellationToken cancel)
    {
        var transaction = await connection.BeginTransactionAsync(cancel);
        await connection.Execute(transaction, "SELECT 1 FROM audit_head WHERE id = 1 FOR UPDATE", cancel);
        return transaction;
    }

    public override bool IsDuplicate(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override string ColumnsQuery =>
        "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, column_name";

    public override async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await base.DisposeAsync();
    }
}
