namespace ProcurementBaseline.Pdf.Fonts;

/// <summary>
/// The fonts tried in turn for one style, each character going to the first that has it. A face with no bold
/// cut of its own is drawn emboldened in the bold chain.
/// </summary>
public sealed record FontChain(IReadOnlyList<FontChain.Link> Links)
{
    public sealed record Link(FontFace Face, bool Embolden);
}
