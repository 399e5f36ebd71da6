using System.Data.Common;
using ProcurementBaseline.Application.Drafts;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Storage;

public sealed partial class SqlRegistryStore
{
    private const string DraftColumns = "id, procurement_id, vendor_id, created_by, created, updated, revision, content";

    public Task<Draft?> Draft(string id, CancellationToken cancel) =>
        One($"SELECT {DraftColumns} FROM drafts WHERE id = @id", ReadDraft, cancel, ("id", id));

    public Task<IReadOnlyList<Draft>> Drafts(string vendorId, string procurementId, CancellationToken cancel) =>
        Many($"SELECT {DraftColumns} FROM drafts WHERE vendor_id = @v AND procurement_id = @p ORDER BY created DESC, id DESC", ReadDraft, cancel,
            ("v", vendorId), ("p", procurementId));

    public Task Create(Draft draft, AuditEvent audit, CancellationToken cancel) =>
        InsertUnique($"INSERT INTO drafts ({DraftColumns}) VALUES (@id, @p, @v, @by, @created, @updated, @revision, @content)", audit, cancel,
            ("id", draft.Id), ("p", draft.ProcurementId), ("v", draft.VendorId), ("by", draft.CreatedBy), ("created", Timestamps.Format(draft.Created)),
            ("updated", Timestamps.Format(draft.Updated)), ("revision", (long)draft.Revision), ("content", DraftJson.Write(draft.Content)));

    public Task<bool> Save(Draft draft, int expectedRevision, CancellationToken cancel) =>
        Unaudited(async connection => await connection.Execute(null, "UPDATE drafts SET content = @content, updated = @updated, revision = @next WHERE id = @id AND revision = @expected", cancel,
            ("content", DraftJson.Write(draft.Content)), ("updated", Timestamps.Format(draft.Updated)), ("next", (long)expectedRevision + 1),
            ("id", draft.Id), ("expected", (long)expectedRevision)) == 1, cancel);

    public async Task<bool> Add(DraftFile file, CancellationToken cancel)
    {
        try
        {
            return await Unaudited(async connection => await connection.Execute(null, "INSERT INTO draft_files (draft_id, path, sha256, size, content, created) VALUES (@d, @path, @sha, @size, @content, @created)", cancel,
                ("d", file.DraftId), ("path", file.Path), ("sha", file.Sha256), ("size", file.Size), ("content", file.Content ?? []), ("created", Timestamps.Format(file.Created))) == 1, cancel);
        }
        catch (DbException ex) when (dialect.IsDuplicate(ex))
        {
            return false;
        }
    }

    public Task<IReadOnlyList<DraftFile>> DraftFiles(string draftId, CancellationToken cancel) =>
        Many("SELECT draft_id, path, sha256, size, created FROM draft_files WHERE draft_id = @d ORDER BY path",
            r => new DraftFile(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), Timestamps.Parse(r.GetString(4))), cancel, ("d", draftId));

    public Task<DraftFile?> DraftFile(string draftId, string path, CancellationToken cancel) =>
        One("SELECT draft_id, path, sha256, size, created, content FROM draft_files WHERE draft_id = @d AND path = @path",
            r => new DraftFile(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), Timestamps.Parse(r.GetString(4)), (byte[])r.GetValue(5)), cancel,
            ("d", draftId), ("path", path));

    private static Draft ReadDraft(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Timestamps.Parse(r.GetString(4)), Timestamps.Parse(r.GetString(5)),
            (int)r.GetInt64(6), DraftJson.Read(r.GetString(7)));
}
