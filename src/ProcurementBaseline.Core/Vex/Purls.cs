namespace ProcurementBaseline.Vex;

/// <summary>Package URLs compared as VEX joins them.</summary>
public static class Purls
{
    /// <summary>The purl without its qualifiers (<c>?…</c>) and subpath (<c>#…</c>); anything else unchanged.</summary>
    public static string WithoutQualifiers(string purl)
    {
        if (!purl.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return purl;
        }

        var end = purl.AsSpan().IndexOfAny('?', '#');
        return end < 0 ? purl : purl[..end];
    }
}
