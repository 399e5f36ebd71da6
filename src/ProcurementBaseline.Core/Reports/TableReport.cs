using System.Collections.Immutable;

namespace ProcurementBaseline.Reports;

/// <summary>
/// A report that is tables: a portfolio of submissions, vendors compared side by side. One model, written as text,
/// Markdown, CSV, HTML and PDF by the renderers, so every format says the same thing.
/// </summary>
public sealed record TableReport(string Title, ImmutableArray<string> Preamble, ImmutableArray<TableSection> Sections);

/// <summary>
/// One table under a heading. The first <see cref="FrozenColumns"/> columns name the row; a renderer that must split
/// a wide table (many vendors on a terminal) repeats them on each part.
/// </summary>
public sealed record TableSection(string Heading, ImmutableArray<string> Notes, ImmutableArray<string> Headers, ImmutableArray<ImmutableArray<TableCell>> Rows)
{
    public int FrozenColumns { get; init; } = 1;

    /// <summary>Whether the HTML lets a reader filter and sort the rows (long tables of controls).</summary>
    public bool Interactive { get; init; }
}

/// <summary>A cell's text, and where it links to (another output of the same run), if anywhere.</summary>
public sealed record TableCell(string Text, string? Link = null)
{
    public static implicit operator TableCell(string text) => new(text);
}
