using System.Data.Common;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Storage;

public sealed partial class SqlRegistryStore
{
    private const string InsertOrganisation = "INSERT INTO organisations (id, name, kind, vendor_id, created) VALUES (@id, @name, @kind, @vendor, @created)";

    private const string InsertAccount = "INSERT INTO users (id, name, organisation_id, role, password_hash, created) VALUES (@id, @name, @org, @role, @hash, @created)";

    public Task<bool> Create(Organisation organisation, AuditEvent audit, CancellationToken cancel) =>
        InsertUnique(InsertOrganisation, audit, cancel, Columns(organisation));

    public Task<bool> Create(Account account, AuditEvent audit, CancellationToken cancel) =>
        InsertUnique(InsertAccount, audit, cancel, Columns(account));

    public Task<bool> Create(Organisation organisation, Account account, AuditEvent audit, CancellationToken cancel) =>
        Write(audit, async (connection, transaction) =>
            await connection.Execute(transaction, InsertOrganisation, cancel, Columns(organisation)) == 1
            && await connection.Execute(transaction, InsertAccount, cancel, Columns(account)) == 1, duplicateIsFalse: true, cancel);

    public Task<bool> Create(Account account, string issuer, string subject, AuditEvent audit, CancellationToken cancel) =>
        Write(audit, async (connection, transaction) =>
            await connection.Execute(transaction, InsertAccount, cancel, Columns(account)) == 1
            && await connection.Execute(transaction, "INSERT INTO external_identities (issuer, subject, user_id, created) VALUES (@issuer, @subject, @user, @created)", cancel,
                ("issuer", issuer), ("subject", subject), ("user", account.Id), ("created", Timestamps.Format(account.Created))) == 1, duplicateIsFalse: true, cancel);

    public Task SetRole(string accountId, Role role, AuditEvent audit, CancellationToken cancel) =>
        Write(audit, async (connection, transaction) =>
            await connection.Execute(transaction, "UPDATE users SET role = @role WHERE id = @id", cancel, ("role", Words.Of(role)), ("id", accountId)) == 1, false, cancel);

    private static (string, object?)[] Columns(Organisation organisation) =>
        [("id", organisation.Id), ("name", organisation.Name), ("kind", Words.Of(organisation.Kind)), ("vendor", organisation.VendorId), ("created", Timestamps.Format(organisation.Created))];

    private static (string, object?)[] Columns(Account account) =>
        [("id", account.Id), ("name", account.Name), ("org", account.OrganisationId), ("role", Words.Of(account.Role)), ("hash", account.PasswordHash), ("created", Timestamps.Format(account.Created))];

    public Task Create(ApiToken token, AuditEvent audit, CancellationToken cancel) =>
        InsertUnique("INSERT INTO api_tokens (id, user_id, name, secret_sha256, scopes, created, revoked) VALUES (@id, @user, @name, @hash, @scopes, @created, NULL)", audit, cancel,
            ("id", token.Id), ("user", token.UserId), ("name", token.Name), ("hash", token.SecretSha256), ("scopes", Words.Of(token.Scopes)), ("created", Timestamps.Format(token.Created)));

    public Task<bool> Revoke(string tokenId, DateTimeOffset at, AuditEvent audit, CancellationToken cancel) =>
        Write(audit, async (connection, transaction) =>
            await connection.Execute(transaction, "UPDATE api_tokens SET revoked = @at WHERE id = @id AND revoked IS NULL", cancel, ("at", Timestamps.Format(at)), ("id", tokenId)) == 1, false, cancel);

    public Task<bool> Create(SigningKey key, AuditEvent audit, CancellationToken cancel) =>
        InsertUnique("INSERT INTO signing_keys (key_id, organisation_id, public_key, created) VALUES (@id, @org, @pem, @created)", audit, cancel,
            ("id", key.KeyId), ("org", key.OrganisationId), ("pem", key.PublicKeyPem), ("created", Timestamps.Format(key.Created)));

    public Task Create(Procurement procurement, AuditEvent audit, CancellationToken cancel) =>
        InsertUnique("INSERT INTO procurements (id, agency_id, title, baselines, closes, created) VALUES (@id, @agency, @title, @baselines, @closes, @created)", audit, cancel,
            ("id", procurement.Id), ("agency", procurement.AgencyId), ("title", procurement.Title), ("baselines", string.Join(',', procurement.Baselines)),
            ("closes", Timestamps.Day(procurement.Closes)), ("created", Timestamps.Format(procurement.Created)));

    public async Task<Submission?> Add(Submission submission, IReadOnlyList<StoredFile> files, AuditEvent audit, CancellationToken cancel)
    {
        Submission? added = null;
        var stored = await Write(audit with { Subject = submission.Id }, async (connection, transaction) =>
        {
            var version = (await connection.Query(transaction, "SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE procurement_id = @p AND vendor_id = @v",
                r => r.GetInt64(0), cancel, ("p", submission.ProcurementId), ("v", submission.VendorId)))[0];
            added = submission with { Version = (int)version };
            await connection.Execute(transaction,
                """
                INSERT INTO submissions (id, procurement_id, vendor_id, version, bundle_sha256, bundle_size, submitted_by, created, as_of, verified, verdict, baselines, decision, decision_revision)
                VALUES (@id, @p, @v, @version, @sha, @size, @by, @created, @asof, @verified, @verdict, @baselines, NULL, 0)
                """, cancel,
                ("id", added.Id), ("p", added.ProcurementId), ("v", added.VendorId), ("version", version), ("sha", added.BundleSha256), ("size", added.BundleSize),
                ("by", added.SubmittedBy), ("created", Timestamps.Format(added.Created)), ("asof", Timestamps.Day(added.AsOf)),
                ("verified", added.Verified ? 1L : 0L), ("verdict", added.Verdict), ("baselines", BaselineSummary.Write(added.Baselines)));
            foreach (var file in files)
            {
                await InsertFile(connection, transaction, added.Id, file, cancel);
            }

            return true;
        }, duplicateIsFalse: true, cancel);
        return stored ? added : null;
    }

    public Task<bool> Decide(Decision decision, int expectedRevision, AuditEvent audit, CancellationToken cancel) =>
        Write(audit, async (connection, transaction) =>
        {
            var moved = await connection.Execute(transaction, "UPDATE submissions SET decision = @outcome, decision_revision = @next WHERE id = @id AND decision_revision = @expected", cancel,
                ("outcome", decision.Outcome), ("next", (long)decision.Revision), ("id", decision.SubmissionId), ("expected", (long)expectedRevision));
            if (moved != 1)
            {
                return false;
            }

            await connection.Execute(transaction, "INSERT INTO decisions (submission_id, revision, outcome, reason, reviewer_id, created) VALUES (@s, @r, @o, @reason, @by, @at)", cancel,
                ("s", decision.SubmissionId), ("r", (long)decision.Revision), ("o", decision.Outcome), ("reason", decision.Reason), ("by", decision.ReviewerId), ("at", Timestamps.Format(decision.Created)));
            return true;
        }, false, cancel);

    public async Task Keep(string submissionId, StoredFile file, CancellationToken cancel)
    {
        await using var connection = await dialect.Open(cancel);
        try
        {
            await InsertFile(connection, null, submissionId, file, cancel);
        }
        catch (DbException ex) when (dialect.IsDuplicate(ex))
        {
            // Rendered twice at once: the first copy kept is the same bytes.
        }
    }

    private static Task<int> InsertFile(DbConnection connection, DbTransaction? transaction, string submissionId, StoredFile file, CancellationToken cancel) =>
        connection.Execute(transaction, "INSERT INTO submission_files (submission_id, name, media_type, content) VALUES (@s, @n, @m, @c)", cancel,
            ("s", submissionId), ("n", file.Name), ("m", file.MediaType), ("c", file.Content));

    private Task<bool> InsertUnique(string sql, AuditEvent audit, CancellationToken cancel, params (string, object?)[] parameters) =>
        Write(audit, async (connection, transaction) => await connection.Execute(transaction, sql, cancel, parameters) == 1, duplicateIsFalse: true, cancel);

    /// <summary>
    /// A write with no audit entry (a draft, the portal's keys: working state, not the record), in this process's turn
    /// to write like every other write.
    /// </summary>
    private async Task<T> Unaudited<T>(Func<DbConnection, Task<T>> change, CancellationToken cancel)
    {
        using var turn = await dialect.WriteTurn(cancel);
        await using var connection = await dialect.Open(cancel);
        return await change(connection);
    }

    /// <summary>
    /// Runs a change and appends its audit entry in one write transaction; a change that reports false is rolled back
    /// with its entry. With <paramref name="duplicateIsFalse"/>, a duplicate key is false rather than an exception.
    /// </summary>
    private async Task<bool> Write(AuditEvent audit, Func<DbConnection, DbTransaction, Task<bool>> change, bool duplicateIsFalse, CancellationToken cancel)
    {
        using var turn = await dialect.WriteTurn(cancel);
        await using var connection = await dialect.Open(cancel);
        await using var transaction = await dialect.BeginWrite(connection, cancel);
        try
        {
            if (!await change(connection, transaction))
            {
                await transaction.RollbackAsync(cancel);
                return false;
            }
        }
        catch (DbException ex) when (duplicateIsFalse && dialect.IsDuplicate(ex))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return false;
        }

        var (sequence, previous) = (await connection.Query(transaction, "SELECT sequence, hash FROM audit_head WHERE id = 1", r => (r.GetInt64(0), r.GetString(1)), cancel))[0];
        var next = sequence + 1;
        var hash = AuditChain.Hash(next, audit, previous);
        await connection.Execute(transaction, "INSERT INTO audit_log (sequence, at, actor, action, subject, detail, previous_hash, hash) VALUES (@seq, @at, @actor, @action, @subject, @detail, @previous, @hash)", cancel,
            ("seq", next), ("at", Timestamps.Format(audit.At)), ("actor", audit.Actor), ("action", audit.Action), ("subject", audit.Subject), ("detail", audit.Detail), ("previous", previous), ("hash", hash));
        await connection.Execute(transaction, "UPDATE audit_head SET sequence = @seq, hash = @hash WHERE id = 1", cancel, ("seq", next), ("hash", hash));
        await transaction.CommitAsync(cancel);
        return true;
    }
}
