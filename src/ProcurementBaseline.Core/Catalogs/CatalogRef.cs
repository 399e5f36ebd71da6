namespace ProcurementBaseline.Catalogs;

/// <summary>A catalog version named as <c>id@version</c>, such as <c>nist-ssdf@1.1</c>.</summary>
public readonly record struct CatalogRef(string CatalogId, CatalogVersion Version)
{
    public static bool TryParse(string? text, out CatalogRef reference)
    {
        reference = default;
        var at = text?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (text is null || at <= 0 || !CatalogIds.IsValid(text[..at])
            || !CatalogVersion.TryParse(text[(at + 1)..], out var version))
        {
            return false;
        }

        reference = new CatalogRef(text[..at], version);
        return true;
    }

    public static CatalogRef Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException($"'{text}' is not of the form id@version.");

    public override string ToString() => $"{CatalogId}@{Version}";
}
