namespace ProcurementBaseline.Pdf.Layout;

/// <summary>What a PDF document is made of, top to bottom.</summary>
public abstract record Block;

/// <summary>A heading; it is never left alone at the bottom of a page (keep-with-next).</summary>
public sealed record Heading(string Text, int Level) : Block;

public sealed record Paragraph(string Text, bool Small = false) : Block;

public sealed record KeyValues(IReadOnlyList<KeyValuePair<string, string>> Items) : Block;

/// <summary>A table with wrapping cells; its header row, if it has headers, is repeated on every page it crosses. Widths are shares of the line.</summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<float> Widths) : Block;

/// <summary>Horizontal bars, one per item, with shares from 0 to 1.</summary>
public sealed record BarChart(IReadOnlyList<KeyValuePair<string, double>> Items) : Block;

/// <summary>A document: its blocks, the running header, and the metadata written into the PDF.</summary>
public sealed record DocumentSpec(string Title, string Subject, string RunningHeader, DateTime? Created, IReadOnlyList<Block> Blocks);
