namespace ProcurementBaseline.SourceImport.Ismap;

/// <summary>One row of the ISMAP criteria extraction, with "N/A" cells read as absent and whitespace normalised.</summary>
public sealed record IsmapRow(string Id, string? Name, string? Description, bool MarkedForCheck)
{
    /// <summary>Notes on what was repaired or found wrong in this row; they become the control's completeness note.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IsmapRow WithNote(string note) => this with { Notes = [.. Notes, note] };
}
