using System.Collections.Immutable;
using System.Globalization;

namespace ProcurementBaseline.SourceImport.Ismap;

/// <summary>
/// An ISMAP criteria id such as <c>14.2.1</c> or <c>14.1.1.19.P</c>: dotted numbers and an optional level
/// suffix (<c>P</c>, <c>B</c>, <c>PB</c>) as printed. In the control criteria (chapters 5–18) three numbers
/// make a control objective (3桁管理策) and four a detailed control (4桁管理策).
/// </summary>
public sealed record IsmapId(string Text, ImmutableArray<int> Numbers, string? Suffix)
{
    public int Depth => Numbers.Length;

    public int Chapter => Numbers[0];

    /// <summary>The id of the enclosing item: <c>14.1.1</c> for <c>14.1.1.19.P</c>, without a suffix.</summary>
    public string ParentNumbers => string.Join('.', Numbers.Take(Depth - 1));

    public string NumbersText => string.Join('.', Numbers);

    public static IsmapId Parse(string text)
    {
        var parts = text.Split('.');
        var numeric = parts.TakeWhile(p => p.Length > 0 && p.All(char.IsAsciiDigit)).ToArray();
        var rest = parts.Skip(numeric.Length).ToArray();
        if (numeric.Length == 0 || rest.Length > 1 || (rest.Length == 1 && !rest[0].All(char.IsAsciiLetterUpper)))
        {
            throw new FormatException($"'{text}' is not an ISMAP criteria id.");
        }

        return new IsmapId(text, [.. numeric.Select(n => int.Parse(n, CultureInfo.InvariantCulture))], rest.SingleOrDefault());
    }
}
