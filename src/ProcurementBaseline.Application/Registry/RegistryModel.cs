using System.Collections.Immutable;

namespace ProcurementBaseline.Application.Registry;

/// <summary>Who an organisation is to the registry: the site itself, a buying agency, or a vendor that submits.</summary>
public enum OrganisationKind
{
    Site,
    Agency,
    Vendor,
}

/// <summary>What a user may do: vendors submit, reviewers assess their agency's submissions, admins manage.</summary>
public enum Role
{
    Vendor,
    Reviewer,
    AgencyAdmin,
    SiteAdmin,
}

/// <summary>What an API token may be used for; a token never grants more than its user's role.</summary>
[Flags]
public enum TokenScopes
{
    None = 0,
    Read = 1,
    Submit = 2,
    Review = 4,
    Admin = 8,
    All = Read | Submit | Review | Admin,
}

/// <summary>An agency (a tenant), a vendor, or the site. <paramref name="VendorId"/> is the identifier a vendor's attestations carry (ABN, DUNS…), if any.</summary>
public sealed record Organisation(string Id, string Name, OrganisationKind Kind, string? VendorId, DateTimeOffset Created);

public sealed record Account(string Id, string Name, string OrganisationId, Role Role, string? PasswordHash, DateTimeOffset Created);

/// <summary>An API token as stored: only the SHA-256 of its secret is kept.</summary>
public sealed record ApiToken(string Id, string UserId, string Name, string SecretSha256, TokenScopes Scopes, DateTimeOffset Created, DateTimeOffset? Revoked);

/// <summary>A public key a vendor signs its bundles with; the registry verifies submissions against its vendor's keys.</summary>
public sealed record SigningKey(string KeyId, string OrganisationId, string PublicKeyPem, DateTimeOffset Created);

/// <summary>An agency's request: what it requires (baselines) and until when it accepts submissions.</summary>
public sealed record Procurement(string Id, string AgencyId, string Title, ImmutableArray<string> Baselines, DateOnly Closes, DateTimeOffset Created);

/// <summary>
/// One immutable version of a vendor's signed bundle for a procurement, with the verdict it was assessed to when it
/// arrived. Only its decision moves, guarded by <paramref name="DecisionRevision"/> (optimistic concurrency).
/// </summary>
public sealed record Submission(
    string Id,
    string ProcurementId,
    string VendorId,
    int Version,
    string BundleSha256,
    long BundleSize,
    string SubmittedBy,
    DateTimeOffset Created,
    DateOnly AsOf,
    bool Verified,
    string Verdict,
    ImmutableArray<BaselineSummary> Baselines,
    string? Decision,
    int DecisionRevision);

/// <summary>How a submission stood against one of its procurement's baselines when it arrived.</summary>
public sealed record BaselineSummary(string Baseline, string Verdict, int Met, int Required)
{
    /// <summary>One line per baseline, <c>id|verdict|met|required</c>, as the store keeps it.</summary>
    public static string Write(IEnumerable<BaselineSummary> summaries) =>
        string.Join('\n', summaries.Select(s => FormattableString.Invariant($"{s.Baseline}|{s.Verdict}|{s.Met}|{s.Required}")));

    public static ImmutableArray<BaselineSummary> Read(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('|')).Where(f => f.Length == 4)
            .Select(f => new BaselineSummary(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture)))];
}

/// <summary>A reviewer's decision on a submission: accept, reject or request changes, with the reason.</summary>
public sealed record Decision(string SubmissionId, int Revision, string Outcome, string Reason, string ReviewerId, DateTimeOffset Created);

/// <summary>A file kept with a submission: the bundle, the assessment JSON, or a report rendered from them.</summary>
public sealed record StoredFile(string Name, string MediaType, byte[] Content);

/// <summary>What happened, by whom, to what: appended to the hash-chained audit log in the same transaction as the change.</summary>
public sealed record AuditEvent(DateTimeOffset At, string Actor, string Action, string Subject, string Detail);

/// <summary>An audit log row: the event, its place in the chain, and the hash that links it to the one before.</summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Action, string Subject, string Detail, string PreviousHash, string Hash)
{
    public AuditEvent Event => new(At, Actor, Action, Subject, Detail);
}

/// <summary>A filtered, paged listing of a procurement's submissions.</summary>
public sealed record SubmissionQuery(string ProcurementId, string? VendorId, string? Verdict, bool LatestOnly, int Page, int PageSize);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);
