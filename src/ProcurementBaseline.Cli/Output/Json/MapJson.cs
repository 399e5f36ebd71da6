namespace ProcurementBaseline.Cli.Output.Json;

public sealed record MapCheckJson(int Crosswalks, int Mappings, int Edges, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics);

public sealed record MatrixJson(IReadOnlyList<string> Catalogs, IReadOnlyList<MatrixRowJson> Rows, IReadOnlyList<GapJson> Gaps);

public sealed record MatrixRowJson(string Control, string Title, IReadOnlyList<MappingJson> Mappings);

/// <summary>One mapping read from the row's control: <c>converse</c> when the crosswalk states it the other way round.</summary>
public sealed record MappingJson(
    string Target,
    string Relationship,
    int Strength,
    string Provenance,
    string Status,
    bool Converse,
    string Crosswalk,
    string? Remarks,
    string? At);

public sealed record GapJson(string Catalog, int Controls, int Mapped, IReadOnlyList<string> UnmappedInScope, int UnmappedOutOfScope);

public sealed record CatalogDiffJson(string Old, string New, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<ControlChangeJson> Changes);

public sealed record ControlChangeJson(
    string Kind,
    string? OldId,
    string? NewId,
    string? Title,
    double? Similarity,
    bool? Explicit,
    IReadOnlyList<string>? Successors,
    IReadOnlyList<FieldChangeJson> Fields);

public sealed record FieldChangeJson(string Field, string? Old, string? New, string? WordDiff);
