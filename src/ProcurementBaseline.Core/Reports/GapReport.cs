namespace ProcurementBaseline.Reports;

/// <summary>
/// Everything a gap report shows, built from evaluations with no I/O and rendered by templates: the summary per
/// baseline, the gaps with what they ask and how to close them, coverage carried through mappings with its path,
/// the plans of action, the evidence register, the sources and licences, and what it takes to reproduce it.
/// Lists are plain lists so that any template engine can walk them.
/// </summary>
public sealed record GapReport(
    string Vendor,
    string? VendorId,
    string Product,
    string ProductVersion,
    string AttestationDate,
    string Signatory,
    string AsOf,
    string ToolVersion,
    string AttestationFile,
    string AttestationSha256,
    IReadOnlyList<BaselineSection> Baselines,
    IReadOnlyList<PoamRow> Poam,
    IReadOnlyList<EvidenceRow> Evidence,
    IReadOnlyList<CatalogRow> Catalogs,
    IReadOnlyList<InputRow> Inputs)
{
    /// <summary>For a submission read from a signed bundle: the bundle and what verifying it found, in one sentence.</summary>
    public string? Bundle { get; init; }
}

public sealed record BaselineSection(
    string Id,
    string Title,
    string Owner,
    string Verdict,
    IReadOnlyList<string> Reasons,
    double Score,
    IReadOnlyList<CountRow> Counts,
    IReadOnlyList<ScoreRow> ByNation,
    IReadOnlyList<ScoreRow> ByCatalog,
    IReadOnlyList<ScoreRow> ByGroup,
    IReadOnlyList<GapRow> Gaps,
    IReadOnlyList<InferredRow> Inferred)
{
    /// <summary>Whether any gap has a due date; the reports leave the Due column out when none has.</summary>
    public bool AnyDue => Gaps.Any(g => g.Due is not null);
}

public sealed record CountRow(string Finding, int Count);

public sealed record ScoreRow(string Scope, int Met, int Required, double Share);

/// <summary>
/// A required control that is not met: what it asks, what was found and why, the evidence, how to close it, and by
/// when. <see cref="LocalTitle"/> is the title in the catalog's own language where that is not English (ISMAP's
/// Japanese titles), in <see cref="LocalLanguage"/>.
/// </summary>
public sealed record GapRow(
    string Control,
    string Catalog,
    string Title,
    string? LocalTitle,
    string? LocalLanguage,
    string Priority,
    string Finding,
    string Reason,
    string? Requirement,
    string? Evidence,
    string? Remediation,
    string? Due,
    string? Path);

/// <summary>A control covered through mappings: "met through nist-ssdf@1.1 PW.7.2, equal-to, reviewed, strength 8".</summary>
public sealed record InferredRow(string Control, string Title, string Finding, string Via, string Path, string? Residual);

public sealed record PoamRow(string Control, string Milestone, string Due, bool Overdue);

public sealed record EvidenceRow(string Title, string Location, string? Sha256, string? Issued, string? Expires, string State, int Claims);

public sealed record CatalogRow(string Reference, string Title, string Publisher, string Fidelity, string Licence, string Attribution, string Url, string? Completeness);

public sealed record InputRow(string File, string Sha256);
