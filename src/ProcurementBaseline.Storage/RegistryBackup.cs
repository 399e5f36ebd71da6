using System.Text;
using System.Text.Json;

namespace ProcurementBaseline.Storage;

/// <summary>
/// A registry's whole content as JSON lines, the same for SQLite and PostgreSQL: a backup of one restores into the
/// other, so a site that outgrows SQLite moves to PostgreSQL with <c>db backup</c> and <c>db restore</c>. The backup is
/// read in one transaction, so it is one consistent moment; a restore goes into an empty database in one transaction
/// and is then checked like <c>db verify</c>.
/// </summary>
public static class RegistryBackup
{
    public const string Format = "procbase-registry-backup";

    /// <summary>Tables in the order rows must be restored, parents before children, each with its key for a stable order.</summary>
    private static readonly (string Table, string OrderBy)[] Tables =
    [
        ("organisations", "id"), ("users", "id"), ("external_identities", "issuer, subject"), ("api_tokens", "id"), ("signing_keys", "key_id"), ("procurements", "id"), ("submissions", "id"),
        ("submission_files", "submission_id, name"), ("decisions", "submission_id, revision"), ("drafts", "id"), ("draft_files", "draft_id, path"), ("portal_keys", "name"), ("published_standards", "path"), ("audit_log", "sequence"), ("audit_head", "id"),
    ];

    public static async Task<long> Write(SqlDialect dialect, Stream output, CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancel);
        var versions = await connection.Query(transaction, "SELECT version FROM schema_migrations ORDER BY version", r => r.GetString(0), cancel);
        await using var json = new Utf8JsonWriter(output);
        WriteLine(json, output, w =>
        {
            w.WriteString("format", Format);
            w.WriteStartArray("schema");
            versions.ForEach(w.WriteStringValue);
            w.WriteEndArray();
        });
        long rows = 0;
        foreach (var (table, orderBy) in Tables)
        {
            await using var command = connection.Command(transaction, $"SELECT * FROM {table} ORDER BY {orderBy}");
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                WriteLine(json, output, w =>
                {
                    w.WriteString("table", table);
                    w.WriteStartObject("row");
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        WriteValue(w, reader.GetName(i), reader.GetValue(i));
                    }

                    w.WriteEndObject();
                });
                rows++;
            }
        }

        await transaction.CommitAsync(cancel);
        return rows;
    }

    /// <summary>Restores a backup into a migrated, empty database; returns the rows restored, or the problem.</summary>
    public static async Task<(long Rows, string? Problem)> Read(SqlDialect dialect, Stream input, CancellationToken cancel)
    {
        using var lines = new StreamReader(input, Encoding.UTF8);
        var header = await lines.ReadLineAsync(cancel);
        using (var first = header is null ? null : JsonDocument.Parse(header))
        {
            if (first is null || !first.RootElement.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                return (0, "the file is not a procbase registry backup");
            }
        }

        await using var connection = await dialect.Open(cancel);
        await using var transaction = await dialect.BeginWrite(connection, cancel);
        var existing = await connection.Query(transaction, "SELECT COUNT(*) FROM organisations", r => r.GetInt64(0), cancel);
        if (existing[0] > 0)
        {
            return (0, "the database is not empty; restore into a new database");
        }

        // The new database's own first audit head is replaced by the backup's.
        await connection.Execute(transaction, "DELETE FROM audit_head", cancel);
        var allowed = Tables.Select(t => t.Table).ToHashSet(StringComparer.Ordinal);
        long rows = 0;
        while (await lines.ReadLineAsync(cancel) is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var table = document.RootElement.GetProperty("table").GetString()!;
            if (!allowed.Contains(table))
            {
                return (rows, $"line {rows + 2} names table '{table}', which a registry does not have");
            }

            var columns = document.RootElement.GetProperty("row").EnumerateObject().ToList();
            if (columns.Any(c => !c.Name.All(ch => ch is '_' or (>= 'a' and <= 'z') or (>= '0' and <= '9'))))
            {
                return (rows, $"line {rows + 2} names a column that is not one");
            }

            var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => "@" + c.Name))})";
            await connection.Execute(transaction, sql, cancel, [.. columns.Select(c => (c.Name, ReadValue(c.Value)))]);
            rows++;
        }

        await transaction.CommitAsync(cancel);
        return (rows, null);
    }

    private static void WriteLine(Utf8JsonWriter json, Stream output, Action<Utf8JsonWriter> write)
    {
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
        json.Reset(output);
    }

    private static void WriteValue(Utf8JsonWriter w, string name, object value)
    {
        switch (value)
        {
            case DBNull:
                w.WriteNull(name);
                break;
            case byte[] bytes:
                w.WriteStartObject(name);
                w.WriteBase64String("base64", bytes);
                w.WriteEndObject();
                break;
            case long or int or short:
                w.WriteNumber(name, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                w.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.Object => value.GetProperty("base64").GetBytesFromBase64(),
        _ => value.GetString(),
    };
}
