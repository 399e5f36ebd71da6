namespace ProcurementBaseline.Cli.Output.Json;

public sealed record CatalogListJson(IReadOnlyList<CatalogSummaryJson> Catalogs) : CliDocument("catalog-list");

public sealed record CatalogSummaryJson(
    string Id,
    string Version,
    string Ref,
    IReadOnlyDictionary<string, string> Title,
    string Publisher,
    string Jurisdiction,
    string Status,
    string? Released,
    string Fidelity,
    string? Completeness,
    int Controls,
    int ActiveControls,
    IReadOnlyDictionary<string, int> ControlsByClass,
    IReadOnlyDictionary<string, int> ControlsByFidelity,
    int ControlsWithCompletenessNotes)
{
    /// <summary>Of this catalog's controls that some baseline requires, how many some crosswalk has reviewed (mapped or no-relationship).</summary>
    public ReviewedJson? Reviewed { get; init; }
}

public sealed record ReviewedJson(int Required, int Reviewed);

public sealed record CatalogDetailJson(
    CatalogSummaryJson Catalog,
    SourceJson Source,
    IReadOnlyList<GroupJson> Groups) : CliDocument("catalog");

public sealed record SourceJson(
    string Url,
    string Licence,
    string Attribution,
    string Obtained,
    string Fidelity,
    string? Completeness,
    IReadOnlyList<DocumentJson> Documents);

public sealed record DocumentJson(string Title, string? Url, string? Date, string? Version);

public sealed record GroupJson(string Id, IReadOnlyDictionary<string, string> Title, int Controls, IReadOnlyList<GroupJson>? Groups);

public sealed record ControlJson(
    string Catalog,
    string Id,
    string? Class,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string>? Statement,
    IReadOnlyDictionary<string, string>? Guidance,
    IReadOnlyList<IReadOnlyDictionary<string, string>>? Examples,
    string Status,
    IReadOnlyList<SuccessorJson>? Successors,
    string Fidelity,
    bool FidelityFromCatalog,
    string? Completeness,
    LocatorJson? Locator,
    IReadOnlyList<string> Groups,
    string? Parent,
    IReadOnlyList<string>? Children,
    IReadOnlyList<string>? Tags,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Applicability,
    IReadOnlyDictionary<string, string>? Properties,
    IReadOnlyList<string>? Related,
    IReadOnlyList<ReferenceJson>? References) : CliDocument("control");

public sealed record SuccessorJson(string Kind, string Control);

public sealed record LocatorJson(string? Document, string? Section, string? Page, string? Url, bool AssignedId);

public sealed record ReferenceJson(string Scheme, string? Text, string? Title, string? Href, string? Catalog, IReadOnlyList<string>? Controls);
