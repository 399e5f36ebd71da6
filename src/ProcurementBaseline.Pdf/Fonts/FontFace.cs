using SkiaSharp;

namespace ProcurementBaseline.Pdf.Fonts;

/// <summary>One embedded font: its bytes, and a typeface of the whole font that answers which characters it has.</summary>
public sealed class FontFace : IDisposable
{
    public FontFace(string name, byte[] data)
    {
        Name = name;
        Data = data;
        Whole = SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException($"The embedded font {name} could not be loaded.");
        _probe = new SKFont(Whole);
    }

    private readonly SKFont _probe;

    public string Name { get; }

    public byte[] Data { get; }

    public SKTypeface Whole { get; }

    public bool Covers(int codepoint) => _probe.ContainsGlyph(codepoint);

    public void Dispose()
    {
        _probe.Dispose();
        Whole.Dispose();
    }
}
