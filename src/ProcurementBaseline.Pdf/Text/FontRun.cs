namespace ProcurementBaseline.Pdf.Text;

/// <summary>A stretch of text drawn with one link of a font chain.</summary>
internal readonly record struct FontRun(int Start, int Length, int Link);
