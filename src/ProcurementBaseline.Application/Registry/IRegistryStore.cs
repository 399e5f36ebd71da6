namespace ProcurementBaseline.Application.Registry;

/// <summary>
/// Where the registry keeps its records: SQLite or PostgreSQL, behind this interface. Every change appends its audit
/// event in the same transaction, so a change is never kept without its audit entry, nor an entry without its change.
/// </summary>
public interface IRegistryStore
{
    Task<Organisation?> Organisation(string id, CancellationToken cancel);

    Task<Organisation?> OrganisationByName(string name, CancellationToken cancel);

    Task<IReadOnlyList<Organisation>> Organisations(CancellationToken cancel);

    Task<Account?> Account(string id, CancellationToken cancel);

    Task<Account?> AccountByName(string name, CancellationToken cancel);

    /// <summary>Accounts by name, of one organisation or (null) of all, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Account>> Accounts(string? organisationId, int limit, CancellationToken cancel);

    /// <summary>The token with this secret hash, with its user and the user's organisation; null when there is none.</summary>
    Task<(ApiToken Token, Account Account, Organisation Organisation)?> Token(string secretSha256, CancellationToken cancel);

    Task<ApiToken?> TokenById(string id, CancellationToken cancel);

    Task<IReadOnlyList<SigningKey>> Keys(string organisationId, CancellationToken cancel);

    Task<Procurement?> Procurement(string id, CancellationToken cancel);

    /// <summary>Procurements of one agency, or of all when <paramref name="agencyId"/> is null, newest first.</summary>
    Task<IReadOnlyList<Procurement>> Procurements(string? agencyId, CancellationToken cancel);

    Task<Submission?> Submission(string id, CancellationToken cancel);

    Task<Page<Submission>> Submissions(SubmissionQuery query, CancellationToken cancel);

    Task<Submission?> SubmissionByBundle(string procurementId, string bundleSha256, CancellationToken cancel);

    Task<IReadOnlyList<Decision>> Decisions(string submissionId, CancellationToken cancel);

    Task<StoredFile?> File(string submissionId, string name, CancellationToken cancel);

    Task<bool> Create(Organisation organisation, AuditEvent audit, CancellationToken cancel);

    Task<bool> Create(Account account, AuditEvent audit, CancellationToken cancel);

    /// <summary>An organisation and its first account in one transaction; false, with neither kept, when a name is taken.</summary>
    Task<bool> Create(Organisation organisation, Account account, AuditEvent audit, CancellationToken cancel);

    /// <summary>The account an identity provider's user (its issuer and subject) signs in as; null before its first sign-in.</summary>
    Task<Account?> AccountByIdentity(string issuer, string subject, CancellationToken cancel);

    /// <summary>An account with the provider identity it signs in by, in one transaction; false, with neither kept, when the name or the identity is taken.</summary>
    Task<bool> Create(Account account, string issuer, string subject, AuditEvent audit, CancellationToken cancel);

    /// <summary>Changes an account's role (its identity provider's say); its tokens carry no more than the new role allows from then on.</summary>
    Task SetRole(string accountId, Role role, AuditEvent audit, CancellationToken cancel);

    Task Create(ApiToken token, AuditEvent audit, CancellationToken cancel);

    Task<bool> Revoke(string tokenId, DateTimeOffset at, AuditEvent audit, CancellationToken cancel);

    Task<bool> Create(SigningKey key, AuditEvent audit, CancellationToken cancel);

    Task Create(Procurement procurement, AuditEvent audit, CancellationToken cancel);

    /// <summary>
    /// Adds a submission as the vendor's next version for the procurement, with its files. Null when the same bundle is
    /// already a submission to it (the caller reports the replay).
    /// </summary>
    Task<Submission?> Add(Submission submission, IReadOnlyList<StoredFile> files, AuditEvent audit, CancellationToken cancel);

    /// <summary>Records a decision if the submission's decision is still at <paramref name="expectedRevision"/>; false when another came first.</summary>
    Task<bool> Decide(Decision decision, int expectedRevision, AuditEvent audit, CancellationToken cancel);

    /// <summary>Keeps a report rendered from a submission, so it is rendered once. Not audited: it is derived, never new.</summary>
    Task Keep(string submissionId, StoredFile file, CancellationToken cancel);

    /// <summary>The audit log in sequence order.</summary>
    IAsyncEnumerable<AuditEntry> AuditLog(CancellationToken cancel);

    Task<(long Sequence, string Hash)?> AuditHead(CancellationToken cancel);

    Task<Drafts.Draft?> Draft(string id, CancellationToken cancel);

    /// <summary>A vendor's drafts for a procurement, newest first.</summary>
    Task<IReadOnlyList<Drafts.Draft>> Drafts(string vendorId, string procurementId, CancellationToken cancel);

    Task Create(Drafts.Draft draft, AuditEvent audit, CancellationToken cancel);

    /// <summary>
    /// Replaces a draft's content if it is still at <paramref name="expectedRevision"/>; false when another save came
    /// first. Not audited: a draft is the vendor's working copy, and what it becomes when submitted is the record.
    /// </summary>
    Task<bool> Save(Drafts.Draft draft, int expectedRevision, CancellationToken cancel);

    /// <summary>Adds an uploaded file to a draft; false when the draft already has a file at that path.</summary>
    Task<bool> Add(Drafts.DraftFile file, CancellationToken cancel);

    /// <summary>The files of a draft, without their content.</summary>
    Task<IReadOnlyList<Drafts.DraftFile>> DraftFiles(string draftId, CancellationToken cancel);

    /// <summary>One file of a draft, with its content.</summary>
    Task<Drafts.DraftFile?> DraftFile(string draftId, string path, CancellationToken cancel);

    /// <summary>The standards published to this database (or replicated into it), in path order; empty when none are.</summary>
    Task<IReadOnlyList<Standards.PublishedFile>> PublishedStandards(CancellationToken cancel);

    /// <summary>Replaces the published standards with these files, in one transaction with its audit entry.</summary>
    Task Publish(IReadOnlyList<Standards.PublishedFile> files, AuditEvent audit, CancellationToken cancel);

    /// <summary>The portal's data-protection keys (ASP.NET Core's key ring elements, as XML), oldest first.</summary>
    Task<IReadOnlyList<string>> PortalKeys(CancellationToken cancel);

    Task AddPortalKey(string name, string xml, DateTimeOffset created, CancellationToken cancel);
}
