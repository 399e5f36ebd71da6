using System.CommandLine;
using ProcurementBaseline.Storage;

namespace ProcurementBaseline.Cli.Commands.RegistryCommands;

/// <summary>Where the registry's database is: serve and db share these options.</summary>
internal sealed class DatabaseOptions
{
    public const string DatabaseVariable = "PROCBASE_DB";

    public Option<string> Data { get; } = new("--data")
    {
        Description = "The registry's folder: the embedded SQLite database (registry.db) lives here. Default: ./procbase-data.",
        DefaultValueFactory = _ => "procbase-data",
    };

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"A database connection string: PostgreSQL when it names a Host (\"Host=db;Database=procbase;Username=…\"), else a SQLite file. Default: ${DatabaseVariable}, else the embedded SQLite database under --data. Prefer ${DatabaseVariable} for a string with a password: a command line is visible to other users.",
    };

    public IEnumerable<Option> All => [Data, Database];

    public (string DataFolder, string? Connection) Read(ParseResult parse, string workingDirectory) =>
        (Path.GetFullPath(parse.GetValue(Data)!, workingDirectory), parse.GetValue(Database) ?? NonEmpty(Environment.GetEnvironmentVariable(DatabaseVariable)));

    public SqlDialect Dialect(ParseResult parse, string workingDirectory)
    {
        var (data, connection) = Read(parse, workingDirectory);
        return SqlDialect.For(connection, data);
    }

    /// <summary>Where the database is, for messages, without any password.</summary>
    public string Shown(ParseResult parse, string workingDirectory)
    {
        var (data, connection) = Read(parse, workingDirectory);
        return SqlDialect.Describe(connection, data);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
