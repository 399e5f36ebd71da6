namespace ProcurementBaseline.Storage;

public sealed partial class SqlRegistryStore
{
    public async Task<IReadOnlyList<string>> PortalKeys(CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        return await connection.Query(null, "SELECT xml FROM portal_keys ORDER BY created, name", r => r.GetString(0), cancel);
    }

    public Task AddPortalKey(string name, string xml, DateTimeOffset created, CancellationToken cancel) =>
        Unaudited(connection => connection.Execute(null, "INSERT INTO portal_keys (name, xml, created) VALUES (@name, @xml, @created)", cancel,
            ("name", name), ("xml", xml), ("created", Application.Registry.Timestamps.Format(created))), cancel);
}
