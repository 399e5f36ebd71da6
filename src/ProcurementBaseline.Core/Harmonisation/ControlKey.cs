using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation;

/// <summary>One control of one catalog version, written <c>nist-ssdf@1.1#PO.1.1</c>.</summary>
public readonly record struct ControlKey(CatalogRef Catalog, string ControlId) : IComparable<ControlKey>
{
    public const char Separator = '#';

    public static bool TryParse(string? text, out ControlKey key)
    {
        key = default;
        var at = text?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (text is null || at <= 0 || at == text.Length - 1 || !CatalogRef.TryParse(text[..at], out var catalog))
        {
            return false;
        }

        key = new ControlKey(catalog, text[(at + 1)..]);
        return true;
    }

    public int CompareTo(ControlKey other)
    {
        var byCatalog = string.CompareOrdinal(Catalog.CatalogId, other.Catalog.CatalogId);
        if (byCatalog != 0)
        {
            return byCatalog;
        }

        var byVersion = Catalog.Version.CompareTo(other.Catalog.Version);
        return byVersion != 0 ? byVersion : string.CompareOrdinal(ControlId, other.ControlId);
    }

    public static bool operator <(ControlKey left, ControlKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(ControlKey left, ControlKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(ControlKey left, ControlKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(ControlKey left, ControlKey right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Catalog}{Separator}{ControlId}";
}
