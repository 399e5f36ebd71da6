using SkiaSharp;

namespace ProcurementBaseline.Pdf.Fonts;

/// <summary>
/// The fonts a PDF report embeds, read from this assembly's resources: the NoDependencies Skia build sees no system
/// fonts, and a report must not depend on the machine. Today that is DejaVu Sans, regular and bold, which covers
/// Latin, Greek and Cyrillic; Japanese and Devanagari fonts are not in the repository yet.
/// </summary>
public sealed class ReportFonts
{
    private ReportFonts(byte[] regular, byte[] bold)
    {
        Regular = regular;
        Bold = bold;
    }

    public byte[] Regular { get; }

    public byte[] Bold { get; }

    public static ReportFonts Load() => new(Resource("DejaVuSans.ttf"), Resource("DejaVuSans-Bold.ttf"));

    /// <summary>A typeface of the font reduced to the characters given (glyph ids kept), or the whole font if subsetting fails.</summary>
    public static SKTypeface Subset(byte[] font, IEnumerable<int> codepoints)
    {
        // The Latin ligatures (U+FB00–FB06) stay mapped, so text drawn with them still extracts as letters.
        var data = FontSubsetter.Subset(font, codepoints.Append(' ').Append('?').Concat(Enumerable.Range(0xFB00, 7))) ?? font;
        return SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException("The embedded font could not be loaded.");
    }

    public static SKTypeface Whole(byte[] font) =>
        SKTypeface.FromData(SKData.CreateCopy(font)) ?? throw new InvalidOperationException("The embedded font could not be loaded.");

    private static byte[] Resource(string name)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Font resource {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
