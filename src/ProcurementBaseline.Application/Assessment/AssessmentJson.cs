using System.Text.Json.Serialization;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>
/// The assessment's JSON: the stable machine contract, versioned by <see cref="SchemaVersion"/> and documented in
/// docs/assessment-json.md. Fields are only ever added within a schema version.
/// </summary>
public sealed record AssessmentJson(
    [property: JsonPropertyOrder(-2)] string SchemaVersion,
    ToolJson Tool,
    string AsOf,
    SubmissionJson Attestation,
    IReadOnlyList<BaselineResultJson> Baselines,
    IReadOnlyList<InputJson> Inputs)
{
    public const string CurrentSchemaVersion = "1";

    /// <summary>What the document is, as every JSON document procbase prints says after its schema version.</summary>
    [JsonPropertyOrder(-1)]
    public string Kind { get; } = "assessment";
}

public sealed record ToolJson(string Name, string Version);

public sealed record SubmissionJson(string File, string Sha256, string Vendor, string? VendorId, string Product, string ProductVersion, string Date, string Signatory, int Claims)
{
    /// <summary>For a submission read from a signed bundle: the bundle and what verifying it found.</summary>
    public BundleJson? Bundle { get; init; }
}

/// <summary>
/// The bundle a submission came in: its file name and sha256, whether it verified (every file as its manifest pins it,
/// and a valid signature by a key the assessor trusts), and each signature by key id, role and standing.
/// </summary>
public sealed record BundleJson(string File, string Sha256, bool Verified, IReadOnlyList<SignatureJson> Signatures);

public sealed record SignatureJson(string KeyId, string Role, bool Trusted, bool Valid, string? Timestamp, string? TimestampAuthority);

/// <summary>
/// An input file the result depends on, with its sha256, so a result can be reproduced: <see cref="File"/> is relative
/// to <see cref="Root"/>, which is <c>attestation</c> (the attestation's folder) or <c>standards</c> (the standards folder).
/// </summary>
public sealed record InputJson(string Root, string File, string Sha256);

public sealed record BaselineResultJson(
    string Id,
    string Title,
    string Owner,
    string Jurisdiction,
    string Version,
    string Verdict,
    IReadOnlyList<string> Reasons,
    IReadOnlyDictionary<string, int> Counts,
    ScoresJson Scores,
    IReadOnlyList<FindingJson> Findings);

public sealed record ScoresJson(ScoreJson Overall, IReadOnlyList<ScoreJson> ByNation, IReadOnlyList<ScoreJson> ByCatalog, IReadOnlyList<ScoreJson> ByGroup);

public sealed record ScoreJson(string Scope, int Met, int Required, double Share);

public sealed record FindingJson(
    string Control,
    string Title,
    string Priority,
    string Finding,
    string Reason,
    ClaimJson? Claim,
    string? Via,
    IReadOnlyList<PathStepJson>? Path,
    string? Residual,
    string? Due,
    IReadOnlyList<string>? EvidenceIssues,
    IReadOnlyList<string>? RelatedNotImplemented)
{
    /// <summary>The evidence issues with their diagnostic codes and where in the attestation each is (the codes attest validate reports).</summary>
    public IReadOnlyList<ProblemJson>? EvidenceProblems { get; init; }

    /// <summary>A claim that would have covered this control through an accepted mapping but does not count, and why.</summary>
    public BlockedJson? BlockedBy { get; init; }

    /// <summary>Mappings from claimed controls that this baseline does not count, shown as context.</summary>
    public IReadOnlyList<string>? NotCounted { get; init; }

    /// <summary>For a finding carried through mappings: the derivation tree (one branch for a path; one per member of a combined mapping).</summary>
    public DerivationJson? Derivation { get; init; }
}

/// <summary>
/// One node of a derivation tree: the control reached, how (<c>claimed</c> for a claim the tree rests on, <c>missing</c>
/// for a member of a combined mapping nothing covers, else <c>full</c> or <c>partial</c>), the mapping that reached it
/// and the nodes it came from.
/// </summary>
public sealed record DerivationJson(string Control, string Coverage, int? Strength, DerivationMappingJson? Mapping, IReadOnlyList<DerivationJson>? From);

/// <summary>The mapping into a derivation node; <c>combined</c> when its sources are taken together.</summary>
public sealed record DerivationMappingJson(string Relationship, bool Combined, int Strength, string Provenance, string Status, string Crosswalk, bool Converse, string? At, string? Remarks);

public sealed record ProblemJson(string Code, string Message, string? At);

public sealed record BlockedJson(string Control, string Relationship, string Reason, IReadOnlyList<PathStepJson> Path);

public sealed record ClaimJson(string Status, string? Statement, IReadOnlyList<EvidenceJson>? Evidence, IReadOnlyList<MilestoneJson>? Poam, string? Justification, string? Assessor, string? At);

public sealed record EvidenceJson(string Title, string? Kind, string? Uri, string? Path, string? Sha256, string? Issued, string? Expires, string? Check);

public sealed record MilestoneJson(string Milestone, string Due);

public sealed record PathStepJson(string From, string Relationship, string To, int Strength, string Provenance, string Status, string Crosswalk, string? At);

/// <summary>assess --format json on standard output for several submissions: every assessment, then the portfolio.</summary>
public sealed record AssessmentRunJson(string SchemaVersion, string Kind, string AsOf, IReadOnlyList<AssessmentJson> Assessments, IReadOnlyList<PortfolioEntryJson> Portfolio);

public sealed record PortfolioJson([property: JsonPropertyOrder(-2)] string SchemaVersion, string AsOf, IReadOnlyList<PortfolioEntryJson> Submissions)
{
    [JsonPropertyOrder(-1)]
    public string Kind { get; } = "portfolio";
}

public sealed record PortfolioEntryJson(string File, string? Vendor, string? Product, string? Error, IReadOnlyDictionary<string, string>? Verdicts, IReadOnlyDictionary<string, double>? Scores)
{
    /// <summary>The name the submission's outputs were written under (<c>{outputs}.json</c>, <c>{outputs}.pdf</c>…), when they were.</summary>
    public string? Outputs { get; init; }

    /// <summary>How many must controls fall short, per baseline.</summary>
    public IReadOnlyDictionary<string, int>? MustGaps { get; init; }

    /// <summary>The first must controls that fall short, over the baselines in order (at most three).</summary>
    public IReadOnlyList<string>? TopGaps { get; init; }
}
