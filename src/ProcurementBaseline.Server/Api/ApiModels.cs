using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Api;

// What the HTTP API reads and writes; member names go out in kebab-case, as every procbase JSON document does.

public sealed record SignInRequest(string Name, string Password, string? TokenName, string? Scopes);

public sealed record SignUpRequest(string Organisation, string? VendorId, string Name, string Password);

public sealed record TokenRequest(string Name, string Scopes);

public sealed record TokenResponse(string Id, string Name, string Scopes, string? Token, string Created, string? Revoked)
{
    public static TokenResponse Of(ApiToken token, string? secret = null) =>
        new(token.Id, token.Name, Words.Of(token.Scopes), secret, Timestamps.Format(token.Created), token.Revoked is { } r ? Timestamps.Format(r) : null);
}

public sealed record OrganisationRequest(string Name, string Kind, string? VendorId);

public sealed record OrganisationResponse(string Id, string Name, string Kind, string? VendorId, string Created)
{
    public static OrganisationResponse Of(Organisation o) => new(o.Id, o.Name, Words.Of(o.Kind), o.VendorId, Timestamps.Format(o.Created));
}

public sealed record UserRequest(string Name, string Role, string Organisation, string Password);

public sealed record UserResponse(string Id, string Name, string Role, string Organisation, string Created)
{
    public static UserResponse Of(Account a) => new(a.Id, a.Name, Words.Of(a.Role), a.OrganisationId, Timestamps.Format(a.Created));
}

public sealed record KeyRequest(string PublicKey);

public sealed record KeyResponse(string KeyId, string Organisation, string PublicKey, string Created)
{
    public static KeyResponse Of(SigningKey k) => new(k.KeyId, k.OrganisationId, k.PublicKeyPem, Timestamps.Format(k.Created));
}

public sealed record ProcurementRequest(string Title, IReadOnlyList<string> Baselines, string Closes);

public sealed record ProcurementResponse(string Id, string Agency, string Title, IReadOnlyList<string> Baselines, string Closes, string Created)
{
    public static ProcurementResponse Of(Procurement p) =>
        new(p.Id, p.AgencyId, p.Title, p.Baselines, Timestamps.Day(p.Closes), Timestamps.Format(p.Created));
}

public sealed record BaselineVerdictResponse(string Baseline, string Verdict, int Met, int Required);

public sealed record SubmissionResponse(
    string Id,
    string Procurement,
    string Vendor,
    int Version,
    string BundleSha256,
    long BundleSize,
    string SubmittedBy,
    string Created,
    string AsOf,
    bool Verified,
    string Verdict,
    IReadOnlyList<BaselineVerdictResponse> Baselines,
    string? Decision,
    int DecisionRevision)
{
    public static SubmissionResponse Of(Submission s) =>
        new(s.Id, s.ProcurementId, s.VendorId, s.Version, s.BundleSha256, s.BundleSize, s.SubmittedBy, Timestamps.Format(s.Created),
            Timestamps.Day(s.AsOf), s.Verified, s.Verdict,
            [.. s.Baselines.Select(b => new BaselineVerdictResponse(b.Baseline, b.Verdict, b.Met, b.Required))], s.Decision, s.DecisionRevision);
}

public sealed record SubmissionPage(IReadOnlyList<SubmissionResponse> Items, int Total, int Page, int PageSize);

public sealed record DecisionRequest(string Outcome, string Reason, int Revision);

public sealed record DecisionResponse(string Submission, int Revision, string Outcome, string Reason, string Reviewer, string Created)
{
    public static DecisionResponse Of(Decision d) => new(d.SubmissionId, d.Revision, d.Outcome, d.Reason, d.ReviewerId, Timestamps.Format(d.Created));
}

public sealed record CatalogResponse(string Id, string Version, string Title, string Publisher, int Controls);

public sealed record BaselineResponse(string Id, string Title, string Owner, string Jurisdiction, string Version, int Required);

public sealed record CrosswalkResponse(string Id, string Source, string Target, int Mappings);

public sealed record ControlResponse(string Id, string Title, string? Statement, string Status);

public sealed record CatalogDetailResponse(string Id, string Version, string Title, string Publisher, IReadOnlyList<ControlResponse> Controls);

public sealed record RequiredControlResponse(string Control, string Title, string Priority);

public sealed record BaselineDetailResponse(string Id, string Title, string Owner, string Jurisdiction, string Version, string? Description, IReadOnlyList<RequiredControlResponse> Controls);

public sealed record MappingResponse(IReadOnlyList<string> Sources, string Relationship, IReadOnlyList<string> Targets, bool Combined, int Strength, string Provenance, string Status);

public sealed record CrosswalkDetailResponse(string Id, string Title, string Source, string Target, IReadOnlyList<MappingResponse> Mappings);

/// <summary>An RFC 9457 problem, with the diagnostic code and the diagnostics behind it as extension members.</summary>
public sealed record ProblemResponse(string Type, string Title, int Status, string Detail, string Code, IReadOnlyList<DiagnosticResponse> Diagnostics);

public sealed record DiagnosticResponse(string Code, string Severity, string Message, string File, int Line, int Column);

public sealed record AuditVerifyResponse(bool Intact, long Entries, IReadOnlyList<DiagnosticResponse> Problems);
