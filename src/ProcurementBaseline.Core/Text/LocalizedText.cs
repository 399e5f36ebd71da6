using System.Collections.Immutable;

namespace ProcurementBaseline.Text;

/// <summary>
/// A string in one or more languages, keyed by BCP 47 tag (<c>en</c>, <c>ja</c>, <c>hi</c>).
/// English is the fallback wherever one string is shown. Order is kept as given, English first.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    public const string English = "en";

    private LocalizedText(ImmutableArray<KeyValuePair<string, string>> translations) => Translations = translations;

    public ImmutableArray<KeyValuePair<string, string>> Translations { get; }

    /// <summary>The English text, or the first language given when there is no English.</summary>
    public string Default => Get(English) ?? Translations[0].Value;

    public bool IsMultilingual => Translations.Length > 1;

    public static LocalizedText Of(string english) => new([new(English, english)]);

    /// <summary>Creates a text from language/value pairs; English, when present, is moved first.</summary>
    public static LocalizedText Create(IEnumerable<KeyValuePair<string, string>> translations)
    {
        var list = translations.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A localized text needs at least one language.", nameof(translations));
        }

        return new([.. list.Where(t => t.Key == English).Concat(list.Where(t => t.Key != English))]);
    }

    public string? Get(string language)
    {
        foreach (var (key, value) in Translations)
        {
            if (string.Equals(key, language, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    public bool Equals(LocalizedText? other) =>
        other is not null && Translations.SequenceEqual(other.Translations);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (key, value) in Translations)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Default;
}
