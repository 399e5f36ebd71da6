namespace ProcurementBaseline.Catalogs;

/// <summary>One official document a catalog was built from.</summary>
public sealed record SourceDocument
{
    public required string Title { get; init; }

    public string? Url { get; init; }

    /// <summary>The document's publication date, as precise as known (<c>2023</c>, <c>2024-03</c>, <c>2024-03-11</c>).</summary>
    public string? Date { get; init; }

    public string? Version { get; init; }
}
