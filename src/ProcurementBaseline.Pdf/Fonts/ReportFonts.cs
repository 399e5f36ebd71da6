namespace ProcurementBaseline.Pdf.Fonts;

/// <summary>
/// The fonts a PDF report embeds, read from this assembly's resources: the NoDependencies Skia build sees no system
/// fonts, and a report must not depend on the machine. DejaVu Sans (regular and bold) covers Latin, Greek and
/// Cyrillic; IPAGothic covers Japanese; Lohit Devanagari covers Hindi and the other Devanagari languages. Their
/// licences are in Fonts/LICENSE-*.txt. Load once and share: the faces are immutable and thread-safe.
/// </summary>
public sealed class ReportFonts : IDisposable
{
    private ReportFonts(FontFace regular, FontFace bold, FontFace japanese, FontFace devanagari)
    {
        Faces = [regular, bold, japanese, devanagari];
        Regular = new FontChain([new(regular, false), new(japanese, false), new(devanagari, false)]);
        Bold = new FontChain([new(bold, false), new(japanese, true), new(devanagari, true)]);
    }

    /// <summary>Every face, in a fixed order.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    public FontChain Regular { get; }

    public FontChain Bold { get; }

    public static ReportFonts Load() => new(
        Face("DejaVuSans", "DejaVuSans.ttf"),
        Face("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        Face("IPAGothic", "IPAGothic.ttf"),
        Face("Lohit-Devanagari", "Lohit-Devanagari.ttf"));

    public void Dispose()
    {
        foreach (var face in Faces)
        {
            face.Dispose();
        }
    }

    private static FontFace Face(string name, string resource)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"Font resource {resource} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new FontFace(name, copy.ToArray());
    }
}
