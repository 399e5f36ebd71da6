namespace ProcurementBaseline.Catalogs;

/// <summary>Rules for catalog ids: lower-case letters, digits and single hyphens (<c>asd-ism</c>).</summary>
public static class CatalogIds
{
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64
        && char.IsAsciiLetterLower(id[0]) && id[^1] != '-'
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !id.Contains("--", StringComparison.Ordinal);
}
