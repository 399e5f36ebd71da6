using System.Collections.Immutable;
using System.Globalization;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;
using ProcurementBaseline.Yaml.Nodes;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>Typed reads of YAML nodes. Each reports a diagnostic and returns null when the node does not fit.</summary>
public static class YamlValues
{
    public static string? ReadString(YNode? node, string name, ReadContext context)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar { IsNull: true }:
                context.Report(DiagnosticCodes.EmptyValue, node, name);
                return null;
            case YScalar { CoreType: "string" } scalar:
                return scalar.Value;
            default:
                context.Report(DiagnosticCodes.WrongType, node, name, "a string", node.Describe());
                return null;
        }
    }

    /// <summary>A string, or a mapping of language tags to strings (<c>{en: ..., ja: ...}</c>).</summary>
    public static LocalizedText? ReadText(YNode? node, string name, ReadContext context)
    {
        if (node is YMapping mapping)
        {
            var translations = new List<KeyValuePair<string, string>>();
            foreach (var (key, value) in mapping.Entries)
            {
                if (!LanguageTags.IsValid(key.Value))
                {
                    context.Report(DiagnosticCodes.InvalidValue, key, key.Value, name, "language tags such as en, ja, hi");
                    continue;
                }

                if (ReadString(value, $"{name}.{key.Value}", context) is { } text)
                {
                    translations.Add(new(key.Value, text));
                }
            }

            if (translations.Count == 0)
            {
                context.Report(DiagnosticCodes.EmptyValue, node, name);
                return null;
            }

            if (!translations.Exists(t => t.Key == LocalizedText.English))
            {
                context.Report(DiagnosticCodes.MissingField, node, name, LocalizedText.English);
            }

            return LocalizedText.Create(translations);
        }

        return ReadString(node, name, context) is { } single ? LocalizedText.Of(single) : null;
    }

    public static ImmutableArray<T> ReadList<T>(YNode? node, string name, ReadContext context, Func<YNode, T?> readItem)
        where T : class =>
        ReadItems(node, name, context, item => readItem(item) is { } value ? (true, value) : (false, default!));

    /// <summary>A list of value-type items; items that do not read are reported and left out.</summary>
    public static ImmutableArray<T> ReadValueList<T>(YNode? node, string name, ReadContext context, Func<YNode, T?> readItem)
        where T : struct =>
        ReadItems(node, name, context, item => readItem(item) is { } value ? (true, value) : (false, default));

    private static ImmutableArray<T> ReadItems<T>(YNode? node, string name, ReadContext context, Func<YNode, (bool Ok, T Value)> readItem)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not YSequence sequence)
        {
            context.Report(DiagnosticCodes.WrongType, node, name, "a list", node.Describe());
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (readItem(item) is (true, var value))
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }

    public static ImmutableArray<string> ReadStringList(YNode? node, string name, ReadContext context) =>
        ReadList(node, name, context, item => ReadString(item, name, context));

    public static T? ReadEnum<T>(YNode? node, string name, ReadContext context, EnumWords<T> words)
        where T : struct, System.Enum
    {
        if (ReadString(node, name, context) is not { } text)
        {
            return null;
        }

        if (words.TryParse(text, out var value))
        {
            return value;
        }

        context.Report(DiagnosticCodes.InvalidValue, node!, text, name, words.Listing + Suggestions.DidYouMean(text, words.Words));
        return null;
    }

    public static DateOnly? ReadDate(YNode? node, string name, ReadContext context)
    {
        if (ReadString(node, name, context) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        context.Report(DiagnosticCodes.BadDate, node!, text);
        return null;
    }

    public static CatalogVersion? ReadVersion(YNode? node, string name, ReadContext context)
    {
        if (ReadString(node, name, context) is not { } text)
        {
            return null;
        }

        if (CatalogVersion.TryParse(text, out var version))
        {
            return version;
        }

        context.Report(DiagnosticCodes.BadVersion, node!, text);
        return null;
    }

    public static bool? ReadFlag(YNode? node, string name, ReadContext context)
    {
        if (node is YScalar { IsPlain: true, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        if (node is not null)
        {
            context.Report(DiagnosticCodes.WrongType, node, name, "true or false", node.Describe());
        }

        return null;
    }

    /// <summary>A plain number between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    public static double? ReadNumber(YNode? node, string name, ReadContext context, double min, double max, bool wholeNumber = false)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YScalar { CoreType: "number" } scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max && (!wholeNumber || value == Math.Floor(value)))
        {
            return value;
        }

        var expected = wholeNumber ? $"a whole number from {min} to {max}" : $"a number from {min} to {max}";
        context.Report(DiagnosticCodes.WrongType, node, name, expected, node is YScalar { CoreType: "number" } n ? n.Value : node.Describe());
        return null;
    }
}
