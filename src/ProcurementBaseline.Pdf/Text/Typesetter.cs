using System.Text;
using ProcurementBaseline.Pdf.Fonts;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ProcurementBaseline.Pdf.Text;

/// <summary>
/// Measures and draws text for one document. Each face the document needs is subset to the document's characters
/// (Skia embeds whole fonts, and a Japanese font is megabytes), and text is shaped with HarfBuzz per font run and
/// drawn as glyph runs that carry their UTF-8 text and clusters, so it extracts as the words written even where
/// glyphs are ligatures or Devanagari conjuncts. Measuring and drawing shape with the same subsets, so a line
/// measured to fit is drawn the same width.
/// </summary>
internal sealed class Typesetter : IDisposable
{
    private readonly ReportFonts _fonts;
    private readonly Dictionary<FontFace, (SKTypeface Typeface, SKShaper Shaper)> _subsets = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];

    public Typesetter(ReportFonts fonts, IEnumerable<string> texts)
    {
        _fonts = fonts;
        var codepoints = new HashSet<int>(texts.SelectMany(t => t.EnumerateRunes()).Select(r => r.Value)) { ' ', '?' };
        codepoints.UnionWith(Enumerable.Range(0xFB00, 7)); // Latin ligatures stay mapped, so they extract as letters
        var used = codepoints.SelectMany(c => new[] { fonts.Regular, fonts.Bold }.Select(chain => chain.Links[FontFallback.Pick(chain, new Rune(c))].Face)).ToHashSet();
        used.Add(fonts.Regular.Links[0].Face);
        used.Add(fonts.Bold.Links[0].Face);
        foreach (var face in fonts.Faces.Where(used.Contains))
        {
            var data = FontSubsetter.Subset(face.Data, codepoints) ?? face.Data;
            var typeface = SKTypeface.FromData(SKData.CreateCopy(data)) ?? face.Whole;
            _subsets[face] = (typeface, new SKShaper(typeface));
        }
    }

    public float Width(string text, float size, bool bold)
    {
        if (!_widths.TryGetValue((text, size, bold), out var width))
        {
            width = 0;
            var chain = Chain(bold);
            foreach (var run in FontFallback.Split(text, chain))
            {
                width += Shape(text, run, chain, size, out _).Width;
            }

            _widths[(text, size, bold)] = width;
        }

        return width;
    }

    public void Draw(SKCanvas canvas, string text, float x, float y, float size, bool bold, SKColor color)
    {
        if (text.Length == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        var chain = Chain(bold);
        var pen = 0f;
        foreach (var run in FontFallback.Split(text, chain))
        {
            var shaped = Shape(text, run, chain, size, out var utf8);
            using var font = Font(chain.Links[run.Link], size);
            var glyphs = shaped.Codepoints.Select(g => (ushort)g).ToArray();
            var buffer = builder.AllocatePositionedTextRun(font, glyphs.Length, utf8.Length);
            buffer.SetGlyphs(glyphs);
            buffer.SetPositions([.. shaped.Points.Select(p => new SKPoint(p.X + pen, p.Y))]);
            buffer.SetText(utf8);
            buffer.SetClusters(shaped.Clusters);
            pen += shaped.Width;
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            canvas.DrawText(blob, x, y, paint);
        }
    }

    public List<string> Wrap(string text, float width, float size, bool bold) =>
        LineBreaker.Wrap(text, width, piece => Width(piece, size, bold));

    public void Dispose()
    {
        foreach (var (typeface, shaper) in _subsets.Values)
        {
            shaper.Dispose();
            typeface.Dispose();
        }
    }

    private FontChain Chain(bool bold) => bold ? _fonts.Bold : _fonts.Regular;

    private SKFont Font(FontChain.Link link, float size) => new(_subsets[link.Face].Typeface, size) { Embolden = link.Embolden };

    private SKShaper.Result Shape(string text, FontRun run, FontChain chain, float size, out byte[] utf8)
    {
        utf8 = Encoding.UTF8.GetBytes(text.Substring(run.Start, run.Length));
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8);
        buffer.GuessSegmentProperties();
        using var font = Font(chain.Links[run.Link], size);
        return _subsets[chain.Links[run.Link].Face].Shaper.Shape(buffer, 0, 0, font);
    }
}
