using System.Collections.Immutable;

namespace ProcurementBaseline.Catalogs;

/// <summary>Where a catalog comes from, under what licence, and how faithful it is.</summary>
public sealed record CatalogSource
{
    public required string Url { get; init; }

    public required string Licence { get; init; }

    public required string Attribution { get; init; }

    /// <summary>How the data was obtained (repository and commit, extraction, transcription).</summary>
    public required string Obtained { get; init; }

    public required Fidelity Fidelity { get; init; }

    /// <summary>What the source did not give, or what was left out.</summary>
    public string? Completeness { get; init; }

    public ImmutableArray<SourceDocument> Documents { get; init; } = [];
}
