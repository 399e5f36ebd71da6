namespace ProcurementBaseline.Cli.Output.Json;

public sealed record BaselineListJson(IReadOnlyList<BaselineSummaryJson> Baselines) : CliDocument("baseline-list");

public sealed record BaselineSummaryJson(
    string Id,
    string Version,
    string Title,
    string Owner,
    string Jurisdiction,
    IReadOnlyList<string> Catalogs,
    int Controls,
    int Must,
    int Should);

/// <summary><c>baseline show</c>: what a baseline requires (per catalog and per selector) and what it accepts.</summary>
public sealed record BaselineDetailJson(
    BaselineSummaryJson Baseline,
    string? Description,
    IReadOnlyList<CatalogRequirementJson> PerCatalog,
    IReadOnlyList<SelectorJson> Select,
    PolicyJson Policy,
    IReadOnlyList<RequiredControlJson>? Controls) : CliDocument("baseline");

public sealed record CatalogRequirementJson(string Catalog, int Must, int Should);

/// <summary>One selector as written, and how many controls it added (a control two selectors pick counts once, for the first).</summary>
public sealed record SelectorJson(
    string Catalog,
    string Priority,
    string? Selection,
    IReadOnlyList<string>? Groups,
    IReadOnlyList<string>? Controls,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? Classes,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Applicability,
    int Added);

public sealed record PolicyJson(
    bool NotApplicable,
    IReadOnlyList<string>? NotApplicableOnlyFor,
    int PoamMaxDays,
    int? EvidenceMaxAgeDays,
    MappedCoverageJson MappedCoverage)
{
    /// <summary>Only a signed bundle verified against a trusted key or root can pass.</summary>
    public bool SignedSubmission { get; init; }
}

public sealed record MappedCoverageJson(bool Allowed, IReadOnlyList<string>? Provenance, int? MinStrength, int? MaxHops, bool? IncludeDrafts);

public sealed record RequiredControlJson(string Control, string Priority, string Group, string Title);
