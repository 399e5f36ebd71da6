using System.Text;
using ProcurementBaseline.Pdf.Fonts;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ProcurementBaseline.Pdf.Text;

/// <summary>
/// Measures and draws text for one document. Each face the document needs is subset to the document's characters
/// (Skia embeds whole fonts, and a Japanese font is megabytes), and text is shaped with HarfBuzz per font run into
/// a glyph blob that carries its UTF-8 text and clusters, so it extracts as the words written even where glyphs are
/// ligatures or Devanagari conjuncts. Measuring and drawing shape the same way, so a line measured to fit is drawn
/// the same width. Widths and blobs are kept per text, so a line drawn many times (a reason repeated down a table)
/// is shaped once. Not thread-safe: one typesetter per document.
/// </summary>
internal sealed class Typesetter : IDisposable
{
    private readonly ReportFonts _fonts;
    private readonly Dictionary<FontFace, (SKTypeface Typeface, SKShaper Shaper)> _subsets = [];
    private readonly Dictionary<(FontFace Face, float Size, bool Embolden), SKFont> _skFonts = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), SKTextBlob?> _blobs = [];
    private readonly Dictionary<(string Text, float Width, float Size, bool Bold), List<string>> _lines = [];
    private readonly HarfBuzzSharp.Buffer _buffer = new();
    private readonly Dictionary<SKColor, SKPaint> _paints = [];
    private ushort[] _glyphIds = new ushort[256];

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
            width = Shape(text, size, bold, builder: null);
            _widths[(text, size, bold)] = width;
        }

        return width;
    }

    public void Draw(SKCanvas canvas, string text, float x, float y, float size, bool bold, SKColor color)
    {
        if (!_blobs.TryGetValue((text, size, bold), out var blob))
        {
            using var builder = new SKTextBlobBuilder();
            Shape(text, size, bold, builder);
            blob = text.Length == 0 ? null : builder.Build();
            _blobs[(text, size, bold)] = blob;
        }

        if (blob is not null)
        {
            canvas.DrawText(blob, x, y, Paint(color));
        }
    }

    /// <summary>
    /// The text on one line of the given width: whole when it fits, else its first line with "…" in place of the rest
    /// (a running header must not run off the page, however long a vendor's name).
    /// </summary>
    public string Fit(string text, float width, float size, bool bold)
    {
        if (Width(text, size, bold) <= width)
        {
            return text;
        }

        var first = Wrap(text, width - Width("…", size, bold), size, bold)[0];
        return $"{first.TrimEnd()}…";
    }

    /// <summary>The text's lines at this width; kept, since layout asks again for what it measured ahead.</summary>
    public IReadOnlyList<string> Wrap(string text, float width, float size, bool bold)
    {
        if (!_lines.TryGetValue((text, width, size, bold), out var lines))
        {
            lines = LineBreaker.Wrap(text, width, piece => Width(piece, size, bold));
            _lines[(text, width, size, bold)] = lines;
        }

        return lines;
    }

    public void Dispose()
    {
        foreach (var blob in _blobs.Values)
        {
            blob?.Dispose();
        }

        foreach (var disposable in _skFonts.Values.Concat<IDisposable>(_paints.Values).Append(_buffer))
        {
            disposable.Dispose();
        }

        foreach (var (face, (typeface, shaper)) in _subsets)
        {
            shaper.Dispose();
            if (typeface != face.Whole)
            {
                typeface.Dispose(); // the whole font's typeface, used when subsetting fails, is shared by every document
            }
        }
    }

    /// <summary>Shapes the text run by run and returns its width; with a builder, adds the glyph runs to it.</summary>
    private float Shape(string text, float size, bool bold, SKTextBlobBuilder? builder)
    {
        var chain = bold ? _fonts.Bold : _fonts.Regular;
        var pen = 0f;
        foreach (var run in FontFallback.Split(text, chain))
        {
            var link = chain.Links[run.Link];
            var font = Font(link, size);
            var utf8 = Encoding.UTF8.GetBytes(text.Substring(run.Start, run.Length));
            _buffer.ClearContents();
            _buffer.AddUtf8(utf8);
            _buffer.GuessSegmentProperties();
            var result = _subsets[link.Face].Shaper.Shape(_buffer, pen, 0, font);
            if (builder is not null)
            {
                AddRun(builder, font, result, utf8);
            }

            pen += result.Width;
        }

        return pen;
    }

    private void AddRun(SKTextBlobBuilder builder, SKFont font, SKShaper.Result shaped, byte[] utf8)
    {
        var count = shaped.Codepoints.Length;
        if (_glyphIds.Length < count)
        {
            _glyphIds = new ushort[count * 2];
        }

        var ids = _glyphIds.AsSpan(0, count);
        for (var g = 0; g < count; g++)
        {
            ids[g] = (ushort)shaped.Codepoints[g];
        }

        var run = builder.AllocatePositionedTextRun(font, count, utf8.Length);
        run.SetGlyphs(ids);
        run.SetPositions(shaped.Points);
        run.SetText(utf8);
        run.SetClusters(shaped.Clusters);
    }

    private SKFont Font(FontChain.Link link, float size)
    {
        if (!_skFonts.TryGetValue((link.Face, size, link.Embolden), out var font))
        {
            font = new SKFont(_subsets[link.Face].Typeface, size) { Embolden = link.Embolden };
            _skFonts[(link.Face, size, link.Embolden)] = font;
        }

        return font;
    }

    private SKPaint Paint(SKColor color)
    {
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true };
            _paints[color] = paint;
        }

        return paint;
    }
}
