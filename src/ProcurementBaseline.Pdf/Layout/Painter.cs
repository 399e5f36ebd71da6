using ProcurementBaseline.Pdf.Text;
using SkiaSharp;

namespace ProcurementBaseline.Pdf.Layout;

/// <summary>Draws shaped text, boxes and lines on one page.</summary>
internal sealed class Painter(SKCanvas canvas, Typesetter typesetter)
{
    public void Text(string text, float x, float y, float size, bool bold, SKColor color) =>
        typesetter.Draw(canvas, text, x, y, size, bold, color);

    public void Destination(string name, float x, float y) => canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), name);

    public void Box(float x, float y, float width, float height, SKColor fill, SKColor? stroke)
    {
        using var paint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill };
        canvas.DrawRect(x, y, width, height, paint);
        if (stroke is { } s)
        {
            using var line = new SKPaint { Color = s, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
            canvas.DrawRect(x, y, width, height, line);
        }
    }

    public void Line(float x1, float y1, float x2, float y2, SKColor color)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = 0.5f };
        canvas.DrawLine(x1, y1, x2, y2, paint);
    }
}
