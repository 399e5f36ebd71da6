namespace ProcurementBaseline.Pdf.Layout;

/// <summary>The A4 page, in points: its size, margins, and the band between header and footer that content fills.</summary>
internal static class PageGeometry
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 48f;
    public const float ContentWidth = PageWidth - (2 * Margin);
    public const float Top = Margin + 18f;
    public const float Bottom = PageHeight - Margin - 14f;
}
