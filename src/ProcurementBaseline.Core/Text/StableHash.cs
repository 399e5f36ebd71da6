namespace ProcurementBaseline.Text;

/// <summary>
/// A 64-bit FNV-1a hash of a string's UTF-16 code units: the same on every machine and run, for keeping sets of
/// identifiers small (an SBOM's million bom-refs as longs, not strings). Collisions are possible in principle; callers
/// use it only where one would at worst merge two identifiers in a count.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }

    /// <summary>The same hash as <see cref="Of"/> gives the text these ASCII bytes spell, without decoding them.</summary>
    public static ulong OfAscii(ReadOnlySpan<byte> ascii)
    {
        var hash = Offset;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * Prime * Prime;
        }

        return hash;
    }
}
