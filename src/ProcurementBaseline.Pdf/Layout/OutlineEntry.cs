namespace ProcurementBaseline.Pdf.Layout;

/// <summary>A heading in the PDF outline (bookmarks), with the named destination drawn where it stands on its page.</summary>
public sealed record OutlineEntry(string Title, int Level, string Destination);
