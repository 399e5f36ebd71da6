using System.Data.Common;

namespace ProcurementBaseline.Storage;

/// <summary>Commands with named parameters (<c>@name</c>, which SQLite and PostgreSQL both read).</summary>
internal static class SqlCommands
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            if (value is null or string)
            {
                // An untyped null leaves PostgreSQL unable to type "@p IS NULL".
                parameter.DbType = System.Data.DbType.String;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> Execute(this DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancel, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancel);
    }

    public static async Task<List<T>> Query<T>(this DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> read, CancellationToken cancel,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancel))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static async Task<T?> Single<T>(this DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> read, CancellationToken cancel,
        params (string Name, object? Value)[] parameters) where T : class =>
        (await connection.Query(transaction, sql, read, cancel, parameters)).FirstOrDefault();

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
