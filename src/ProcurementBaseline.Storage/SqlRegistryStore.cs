using System.Data.Common;
using System.Runtime.CompilerServices;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Storage;

/// <summary>The registry in SQLite or PostgreSQL: reads here, writes (each with its audit entry) in the other half.</summary>
public sealed partial class SqlRegistryStore(SqlDialect dialect) : IRegistryStore
{
    private const string SubmissionColumns =
        "s.id, s.procurement_id, s.vendor_id, s.version, s.bundle_sha256, s.bundle_size, s.submitted_by, s.created, s.as_of, s.verified, s.verdict, s.baselines, s.decision, s.decision_revision";

    public SqlDialect Dialect => dialect;

    public Task<Organisation?> Organisation(string id, CancellationToken cancel) =>
        One("SELECT id, name, kind, vendor_id, created FROM organisations WHERE id = @id", ReadOrganisation, cancel, ("id", id));

    public Task<Organisation?> OrganisationByName(string name, CancellationToken cancel) =>
        One("SELECT id, name, kind, vendor_id, created FROM organisations WHERE name = @name", ReadOrganisation, cancel, ("name", name));

    public Task<IReadOnlyList<Organisation>> Organisations(CancellationToken cancel) =>
        Many("SELECT id, name, kind, vendor_id, created FROM organisations ORDER BY name", ReadOrganisation, cancel);

    public Task<Account?> Account(string id, CancellationToken cancel) =>
        One("SELECT id, name, organisation_id, role, password_hash, created FROM users WHERE id = @id", ReadAccount, cancel, ("id", id));

    public Task<Account?> AccountByIdentity(string issuer, string subject, CancellationToken cancel) =>
        One("""
            SELECT u.id, u.name, u.organisation_id, u.role, u.password_hash, u.created
            FROM external_identities e JOIN users u ON u.id = e.user_id WHERE e.issuer = @issuer AND e.subject = @subject
            """, ReadAccount, cancel, ("issuer", issuer), ("subject", subject));

    public Task<Account?> AccountByName(string name, CancellationToken cancel) =>
        One("SELECT id, name, organisation_id, role, password_hash, created FROM users WHERE name = @name", ReadAccount, cancel, ("name", name));

    public Task<IReadOnlyList<Account>> Accounts(string? organisationId, int limit, CancellationToken cancel) =>
        Many("SELECT id, name, organisation_id, role, password_hash, created FROM users WHERE (@org IS NULL OR organisation_id = @org) ORDER BY name, id LIMIT @limit", ReadAccount, cancel,
            ("org", organisationId), ("limit", (long)limit));

    public async Task<(ApiToken Token, Account Account, Organisation Organisation)?> Token(string secretSha256, CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        var rows = await connection.Query(null,
            """
            SELECT t.id, t.user_id, t.name, t.secret_sha256, t.scopes, t.created, t.revoked,
                   u.id, u.name, u.organisation_id, u.role, u.password_hash, u.created,
                   o.id, o.name, o.kind, o.vendor_id, o.created
            FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.organisation_id
            WHERE t.secret_sha256 = @hash
            """,
            r => (ReadToken(r), ReadAccount(r, 7), ReadOrganisation(r, 13)), cancel, ("hash", secretSha256));
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<ApiToken?> TokenById(string id, CancellationToken cancel) =>
        One("SELECT id, user_id, name, secret_sha256, scopes, created, revoked FROM api_tokens WHERE id = @id", r => ReadToken(r), cancel, ("id", id));

    public Task<IReadOnlyList<SigningKey>> Keys(string organisationId, CancellationToken cancel) =>
        Many("SELECT key_id, organisation_id, public_key, created FROM signing_keys WHERE organisation_id = @org ORDER BY key_id",
            r => new SigningKey(r.GetString(0), r.GetString(1), r.GetString(2), Timestamps.Parse(r.GetString(3))), cancel, ("org", organisationId));

    public Task<Procurement?> Procurement(string id, CancellationToken cancel) =>
        One("SELECT id, agency_id, title, baselines, closes, created FROM procurements WHERE id = @id", ReadProcurement, cancel, ("id", id));

    public Task<IReadOnlyList<Procurement>> Procurements(string? agencyId, CancellationToken cancel) =>
        Many("SELECT id, agency_id, title, baselines, closes, created FROM procurements WHERE @agency IS NULL OR agency_id = @agency ORDER BY created DESC, id DESC",
            ReadProcurement, cancel, ("agency", agencyId));

    public Task<Submission?> Submission(string id, CancellationToken cancel) =>
        One($"SELECT {SubmissionColumns} FROM submissions s WHERE s.id = @id", ReadSubmission, cancel, ("id", id));

    public Task<Submission?> SubmissionByBundle(string procurementId, string bundleSha256, CancellationToken cancel) =>
        One($"SELECT {SubmissionColumns} FROM submissions s WHERE s.procurement_id = @p AND s.bundle_sha256 = @sha", ReadSubmission, cancel, ("p", procurementId), ("sha", bundleSha256));

    public async Task<Page<Submission>> Submissions(SubmissionQuery query, CancellationToken cancel)
    {
        const string Where =
            """
            FROM submissions s WHERE s.procurement_id = @p AND (@vendor IS NULL OR s.vendor_id = @vendor) AND (@verdict IS NULL OR s.verdict = @verdict)
            AND (@latest = 0 OR s.version = (SELECT MAX(m.version) FROM submissions m WHERE m.procurement_id = s.procurement_id AND m.vendor_id = s.vendor_id))
            """;
        (string, object?)[] parameters = [("p", query.ProcurementId), ("vendor", query.VendorId), ("verdict", query.Verdict), ("latest", query.LatestOnly ? 1 : 0)];
        await using var connection = await dialect.Open(cancel);
        var total = (await connection.Query(null, $"SELECT COUNT(*) {Where}", r => r.GetInt64(0), cancel, parameters))[0];
        var skip = (long)(query.Page - 1) * query.PageSize;
        var items = await connection.Query(null, $"SELECT {SubmissionColumns} {Where} ORDER BY s.created DESC, s.id DESC LIMIT @take OFFSET @skip", ReadSubmission, cancel,
            [.. parameters, ("take", (long)Math.Min(query.PageSize, 100_000)), ("skip", skip)]);
        return new Page<Submission>(items, (int)total, query.Page, query.PageSize);
    }

    public Task<IReadOnlyList<Decision>> Decisions(string submissionId, CancellationToken cancel) =>
        Many("SELECT submission_id, revision, outcome, reason, reviewer_id, created FROM decisions WHERE submission_id = @s ORDER BY revision",
            r => new Decision(r.GetString(0), (int)r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), Timestamps.Parse(r.GetString(5))), cancel, ("s", submissionId));

    public Task<StoredFile?> File(string submissionId, string name, CancellationToken cancel) =>
        One("SELECT name, media_type, content FROM submission_files WHERE submission_id = @s AND name = @n",
            r => new StoredFile(r.GetString(0), r.GetString(1), (byte[])r.GetValue(2)), cancel, ("s", submissionId), ("n", name));

    public async IAsyncEnumerable<AuditEntry> AuditLog([EnumeratorCancellation] CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        await using var command = connection.Command(null, "SELECT sequence, at, actor, action, subject, detail, previous_hash, hash FROM audit_log ORDER BY sequence");
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            yield return new AuditEntry(reader.GetInt64(0), Timestamps.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7));
        }
    }

    public async Task<(long Sequence, string Hash)?> AuditHead(CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        var rows = await connection.Query(null, "SELECT sequence, hash FROM audit_head WHERE id = 1", r => (r.GetInt64(0), r.GetString(1)), cancel);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<T?> One<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancel, params (string, object?)[] parameters) where T : class
    {
        await using var connection = await dialect.Open(cancel);
        return await connection.Single(null, sql, read, cancel, parameters);
    }

    private async Task<IReadOnlyList<T>> Many<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancel, params (string, object?)[] parameters)
    {
        await using var connection = await dialect.Open(cancel);
        return await connection.Query(null, sql, read, cancel, parameters);
    }

    private static Organisation ReadOrganisation(DbDataReader r) => ReadOrganisation(r, 0);

    private static Organisation ReadOrganisation(DbDataReader r, int at) =>
        new(r.GetString(at), r.GetString(at + 1), Words.Kind(r.GetString(at + 2)) ?? OrganisationKind.Vendor, r.NullableString(at + 3), Timestamps.Parse(r.GetString(at + 4)));

    private static Account ReadAccount(DbDataReader r) => ReadAccount(r, 0);

    private static Account ReadAccount(DbDataReader r, int at) =>
        new(r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), Words.Role(r.GetString(at + 3)) ?? Role.Vendor, r.NullableString(at + 4), Timestamps.Parse(r.GetString(at + 5)));

    private static ApiToken ReadToken(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Words.Scopes(r.GetString(4)) ?? TokenScopes.None, Timestamps.Parse(r.GetString(5)),
            r.IsDBNull(6) ? null : Timestamps.Parse(r.GetString(6)));

    private static Procurement ReadProcurement(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), [.. r.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries)],
            Timestamps.ParseDay(r.GetString(4)), Timestamps.Parse(r.GetString(5)));

    private static Submission ReadSubmission(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), (int)r.GetInt64(3), r.GetString(4), r.GetInt64(5), r.GetString(6), Timestamps.Parse(r.GetString(7)),
            Timestamps.ParseDay(r.GetString(8)), r.GetInt64(9) != 0, r.GetString(10),
            BaselineSummary.Read(r.GetString(11)), r.NullableString(12), (int)r.GetInt64(13));

}
