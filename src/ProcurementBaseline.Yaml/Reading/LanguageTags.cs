namespace ProcurementBaseline.Yaml.Reading;

/// <summary>A simple BCP 47 check: a 2–3 letter primary language, then optional subtags (<c>ja</c>, <c>hi-Latn</c>).</summary>
public static class LanguageTags
{
    public static bool IsValid(string tag)
    {
        var parts = tag.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
