using System.Runtime.InteropServices;

namespace ProcurementBaseline.Pdf.Fonts;

/// <summary>
/// Subsets a font with HarfBuzz's subsetter, called from the libHarfBuzzSharp native library that HarfBuzzSharp
/// ships (HarfBuzzSharp has no managed wrapper for it), so Skia embeds only the glyphs a report uses. The layout
/// shapes and measures with the subset itself, so glyph ids need not be kept from the whole font; the subsetter's
/// glyph closure keeps the ligatures and Devanagari conjuncts that the kept characters can form.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint DefaultFlags = 0;
    private const int MemoryModeReadOnly = 1;

    /// <summary>The font reduced to the given characters, or null when HarfBuzz cannot subset it.</summary>
    public static unsafe byte[]? Subset(byte[] font, IEnumerable<int> codepoints)
    {
        fixed (byte* data = font)
        {
            // Read-only: HarfBuzz reads the pinned bytes in place instead of copying megabytes of font per report.
            var blob = hb_blob_create(data, (uint)font.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            var face = hb_face_create(blob, 0);
            var input = hb_subset_input_create_or_fail();
            try
            {
                if (input == IntPtr.Zero)
                {
                    return null;
                }

                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var codepoint in codepoints)
                {
                    hb_set_add(unicodes, (uint)codepoint);
                }

                hb_subset_input_set_flags(input, DefaultFlags);
                var subset = hb_subset_or_fail(face, input);
                if (subset == IntPtr.Zero)
                {
                    return null;
                }

                var result = hb_face_reference_blob(subset);
                try
                {
                    var bytes = hb_blob_get_data(result, out var length);
                    return length == 0 ? null : new ReadOnlySpan<byte>((void*)bytes, (int)length).ToArray();
                }
                finally
                {
                    hb_blob_destroy(result);
                    hb_face_destroy(subset);
                }
            }
            finally
            {
                if (input != IntPtr.Zero)
                {
                    hb_subset_input_destroy(input);
                }

                hb_face_destroy(face);
                hb_blob_destroy(blob);
            }
        }
    }

    [LibraryImport(Library)]
    private static unsafe partial IntPtr hb_blob_create(byte* data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);
}
