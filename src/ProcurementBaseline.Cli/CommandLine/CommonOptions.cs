using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ProcurementBaseline.Application.Submissions;

namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>
/// Options several commands share, so each is spelled, parsed and described once. Values are parsed strictly and a bad
/// one is a usage error that says what to write, never a .NET type name.
/// </summary>
public static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: text for people, json for scripts.",
        DefaultValueFactory = _ => OutputFormat.Text,
        CustomParser = result => Word(result, "--format", new Dictionary<string, OutputFormat>(StringComparer.Ordinal) { ["text"] = OutputFormat.Text, ["json"] = OutputFormat.Json }),
    };

    public static Option<string?> Standards() => new("--standards")
    {
        Description = "The standards folder to use. Default: ./standards (or the nearest one above), else the copy shipped with the tool.",
    };

    /// <summary>A date option: ISO 8601 YYYY-MM-DD only, so 12/01/2026 cannot be read as 1 December in one country and 12 January in another.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} '{text}' is not a date: write it as YYYY-MM-DD, such as 2026-12-01.");
            return null;
        },
    };

    /// <summary>A size in bytes, or with a unit: 1GiB, 512MiB, 100MB.</summary>
    public static Option<long> Size(string name, string description, long defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (InputLimits.ParseSize(text) is { } size)
            {
                return size;
            }

            result.AddError($"{name} '{text}' is not a size: write a number of bytes, or one with a unit, such as 1GiB, 512MiB or 100MB.");
            return defaultValue;
        },
    };

    /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
    public static Option<int> Count(string name, string alias, string description, int defaultValue, int minimum) => new(name, alias)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
            {
                return value;
            }

            result.AddError($"{name} '{text}' must be a whole number of at least {minimum}.");
            return defaultValue;
        },
    };

    /// <summary><c>--format</c> for a command that prints three or more formats, the first the default: "text (default), md or json."</summary>
    public static Option<string> Formats(params string[] formats)
    {
        var words = formats.ToDictionary(f => f, StringComparer.Ordinal);
        return new Option<string>("--format", "-f")
        {
            Description = $"{formats[0]} (default), {string.Join(", ", formats[1..^1])} or {formats[^1]}.",
            DefaultValueFactory = _ => formats[0],
            CustomParser = result => Word(result, "--format", words),
        };
    }

    /// <summary>One of a closed set of words; the error lists them.</summary>
    public static T Word<T>(ArgumentResult result, string name, IReadOnlyDictionary<string, T> words)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (words.TryGetValue(text.ToLowerInvariant(), out var value))
        {
            return value;
        }

        result.AddError($"{name} '{text}' is not one of: {string.Join(", ", words.Keys)}.");
        return words.Values.First();
    }
}
