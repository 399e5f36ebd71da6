namespace ProcurementBaseline.Catalogs;

/// <summary>Where in its source document a control's text is found.</summary>
public sealed record SourceLocator
{
    public string? Document { get; init; }

    public string? Section { get; init; }

    public string? Page { get; init; }

    public string? Url { get; init; }

    /// <summary>True when the id is our own stable locator because the source gives none.</summary>
    public bool AssignedId { get; init; }
}
