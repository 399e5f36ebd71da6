using System.Collections.Immutable;
using System.Globalization;

namespace ProcurementBaseline.Catalogs;

/// <summary>
/// A catalog's version as its publisher numbers it: dot-separated numbers with an optional
/// lower-case label after a hyphen (<c>2025.12.9</c>, <c>1.1</c>, <c>1.2-ipd</c>).
/// Ordered numerically; a labelled version sorts before the same numbers without a label.
/// </summary>
public readonly record struct CatalogVersion : IComparable<CatalogVersion>
{
    private CatalogVersion(string text, ImmutableArray<int> numbers, string? label)
    {
        Text = text;
        Numbers = numbers;
        Label = label;
    }

    public string Text { get; }

    public ImmutableArray<int> Numbers { get; }

    public string? Label { get; }

    public bool IsPreRelease => Label is not null;

    public static bool TryParse(string? text, out CatalogVersion version)
    {
        version = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64)
        {
            return false;
        }

        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        var numberPart = hyphen < 0 ? text : text[..hyphen];
        var label = hyphen < 0 ? null : text[(hyphen + 1)..];
        if (label is not null && !IsValidLabel(label))
        {
            return false;
        }

        var segments = numberPart.Split('.');
        var numbers = ImmutableArray.CreateBuilder<int>(segments.Length);
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment.Length > 9 || !segment.All(char.IsAsciiDigit))
            {
                return false;
            }

            numbers.Add(int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        version = new CatalogVersion(text, numbers.MoveToImmutable(), label);
        return true;
    }

    public static CatalogVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a valid catalog version.");

    public int CompareTo(CatalogVersion other)
    {
        var count = Math.Max(Numbers.Length, other.Numbers.Length);
        for (var i = 0; i < count; i++)
        {
            var left = i < Numbers.Length ? Numbers[i] : 0;
            var right = i < other.Numbers.Length ? other.Numbers[i] : 0;
            if (left != right)
            {
                return left.CompareTo(right);
            }
        }

        return (Label, other.Label) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(Label, other.Label),
        };
    }

    public bool Equals(CatalogVersion other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text ?? string.Empty;

    public static bool operator <(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) >= 0;

    private static bool IsValidLabel(string label) =>
        label.Length > 0 && label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '.')
        && label[0] != '.' && label[^1] != '.';
}
