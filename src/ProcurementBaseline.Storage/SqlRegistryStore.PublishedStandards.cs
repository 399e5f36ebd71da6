using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Storage;

public sealed partial class SqlRegistryStore
{
    public Task<IReadOnlyList<PublishedFile>> PublishedStandards(CancellationToken cancel) =>
        Many("SELECT path, sha256, content FROM published_standards ORDER BY path", r => new PublishedFile(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2)), cancel);

    public Task Publish(IReadOnlyList<PublishedFile> files, AuditEvent audit, CancellationToken cancel) =>
        Write(audit, async (connection, transaction) =>
        {
            await connection.Execute(transaction, "DELETE FROM published_standards", cancel);
            foreach (var file in files)
            {
                await connection.Execute(transaction, "INSERT INTO published_standards (path, sha256, content, published) VALUES (@path, @sha, @content, @at)", cancel,
                    ("path", file.Path), ("sha", file.Sha256), ("content", file.Content), ("at", Timestamps.Format(audit.At)));
            }

            return true;
        }, false, cancel);
}
