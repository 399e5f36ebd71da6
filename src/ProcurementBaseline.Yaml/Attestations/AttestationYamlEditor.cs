using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProcurementBaseline.Yaml.Attestations;

/// <summary>What to do to one claim of an attestation, by its position in the <c>claims</c> list.</summary>
/// <param name="Index">The claim's position in the file's <c>claims</c> list, from 0.</param>
/// <param name="Control">The key to move the claim to, or null to leave it.</param>
/// <param name="Review">A review mark to set (the claim then counts for nothing until it is removed), or null.</param>
/// <param name="Lapsed">Set to comment the claim out, with this note above it; the other fields are then ignored.</param>
public sealed record ClaimEdit(int Index, string? Control, string? Review, string? Lapsed);

/// <summary>A claim to add at the end of the list, unclaimed and marked for review.</summary>
public sealed record AddedClaim(string Control, string Status, string Review);

/// <summary>
/// Edits an attestation's YAML in place, so a vendor's comments, order, quoting and layout survive a migration: a
/// claim's control key is replaced where it is written and in the same quoting, a review mark is a line added under
/// it, a lapsed claim is commented out with a note, and new claims go after the last one. Only a block-style
/// <c>claims</c> list of block-style claims can be edited so; for anything else <see cref="Apply"/> returns null and
/// the caller rewrites the file instead. The caller must read the result back and compare it with what it meant.
/// </summary>
public static class AttestationYamlEditor
{
    private sealed record ClaimSpan(int Start, int End, int KeyColumn, Scalar Control, Scalar? ReviewValue);

    private sealed record Splice(int At, int Length, string Text);

    public static string? Apply(string text, IReadOnlyList<ClaimEdit> edits, IReadOnlyList<AddedClaim> additions)
    {
        var claims = FindClaims(text);
        if (claims is null || edits.Any(e => e.Index < 0 || e.Index >= claims.Count) || (additions.Count > 0 && claims.Count == 0))
        {
            return null;
        }

        var splices = new List<Splice>();
        foreach (var edit in edits)
        {
            var claim = claims[edit.Index];
            if (edit.Lapsed is { } note)
            {
                splices.AddRange(CommentOut(text, claim, note));
                continue;
            }

            if (edit.Control is { } control)
            {
                splices.Add(new Splice(Index(claim.Control.Start), Index(claim.Control.End) - Index(claim.Control.Start), InStyle(control, claim.Control.Style)));
            }

            if (edit.Review is { } review)
            {
                splices.Add(claim.ReviewValue is { } existing
                    ? new Splice(Index(existing.Start), Index(existing.End) - Index(existing.Start), Quote(review))
                    : new Splice(LineEnd(text, Index(claim.Control.End)), 0, $"\n{new string(' ', claim.KeyColumn)}review: {Quote(review)}"));
            }
        }

        if (additions.Count > 0)
        {
            var last = claims[^1];
            var indent = new string(' ', Math.Max(0, last.KeyColumn - 2));
            var added = new StringBuilder();
            foreach (var a in additions)
            {
                added.Append('\n').Append(indent).Append("- control: ").Append(InStyle(a.Control, ScalarStyle.Plain))
                    .Append('\n').Append(indent).Append("  status: ").Append(a.Status)
                    .Append('\n').Append(indent).Append("  review: ").Append(Quote(a.Review));
            }

            splices.Add(new Splice(LineEnd(text, last.End), 0, added.ToString()));
        }

        // From the end backwards, so earlier positions hold; of two at one place the later-listed goes in first and ends up after.
        var result = new StringBuilder(text);
        foreach (var s in splices.Select((s, i) => (s, i)).OrderByDescending(x => x.s.At).ThenByDescending(x => x.i).Select(x => x.s))
        {
            result.Remove(s.At, s.Length).Insert(s.At, s.Text);
        }

        return result.ToString();
    }

    /// <summary>The claims of the top-level <c>claims</c> list, or null when it is not a block list of block mappings.</summary>
    private static List<ClaimSpan>? FindClaims(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            var claims = new List<ClaimSpan>();
            string? lastRootKey = null;
            var inClaims = false;
            var expectKey = true;
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                if (inClaims && depth == 2)
                {
                    switch (e)
                    {
                        case SequenceEnd:
                            return claims;
                        case MappingStart { Style: not MappingStyle.Flow } item:
                            if (ReadClaim(parser, item) is not { } claim)
                            {
                                return null;
                            }

                            claims.Add(claim);
                            continue;
                        default:
                            return null;
                    }
                }

                switch (e)
                {
                    case MappingStart or SequenceStart:
                        if (depth == 1 && lastRootKey == "claims" && !expectKey)
                        {
                            if (e is not SequenceStart { Style: not SequenceStyle.Flow })
                            {
                                return null;
                            }

                            inClaims = true;
                        }

                        depth++;
                        expectKey = true;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        expectKey = true;
                        break;
                    case Scalar s when depth == 1:
                        if (expectKey)
                        {
                            lastRootKey = s.Value;
                        }

                        expectKey = !expectKey;
                        break;
                }

            }

            return null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>Reads one claim mapping to its end: where it starts and ends, its control value and any review value.</summary>
    private static ClaimSpan? ReadClaim(Parser parser, MappingStart item)
    {
        Scalar? control = null, review = null;
        var keyColumn = (int)item.Start.Column - 1;
        var end = (int)item.End.Index;
        var depth = 1;
        var expectKey = true;
        string? key = null;
        while (depth > 0 && parser.MoveNext())
        {
            var e = parser.Current!;
            end = Math.Max(end, e is MappingEnd or SequenceEnd ? end : (int)e.End.Index);
            switch (e)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    expectKey = depth == 1;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    expectKey = true;
                    break;
                case Scalar s when depth == 1 && expectKey:
                    key = s.Value;
                    expectKey = false;
                    break;
                case Scalar s when depth == 1:
                    control = key == "control" ? s : control;
                    review = key == "review" ? s : review;
                    expectKey = true;
                    break;
                case AnchorAlias:
                    return null;
            }
        }

        return control is null || control.Style is ScalarStyle.Literal or ScalarStyle.Folded || control.Start.Line != control.End.Line
            ? null
            : new ClaimSpan((int)item.Start.Index, end, keyColumn, control, review);
    }

    /// <summary>Comments out every line of the claim, from its <c>-</c> to its last value, under a note.</summary>
    private static IEnumerable<Splice> CommentOut(string text, ClaimSpan claim, string note)
    {
        var first = LineStart(text, claim.Start);
        var dash = Math.Max(0, claim.KeyColumn - 2);
        yield return new Splice(first, 0, $"{new string(' ', dash)}# {note}\n");
        for (var line = first; line <= claim.End && line < text.Length; line = NextLine(text, line))
        {
            var spaces = 0;
            while (line + spaces < text.Length && text[line + spaces] == ' ' && spaces < dash)
            {
                spaces++;
            }

            yield return new Splice(line + spaces, 0, "# ");
        }
    }

    private static int NextLine(string text, int index) => text.IndexOf('\n', index) is var end and >= 0 ? end + 1 : text.Length;

    private static int Index(Mark mark) => (int)mark.Index;

    private static int LineStart(string text, int index) => index <= 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    private static int LineEnd(string text, int index)
    {
        var end = text.IndexOf('\n', Math.Min(index, text.Length));
        return end < 0 ? text.Length : end > 0 && text[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>The new key written as the old one was: plain where that reads back the same, else in its quotes.</summary>
    private static string InStyle(string value, ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'",
        ScalarStyle.Plain when IsPlainSafe(value) => value,
        _ => Quote(value),
    };

    private static bool IsPlainSafe(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '@' or '#' or '.' or '-' or '_' or '(' or ')' or '/') && value[0] is not ('-' or '#' or '@');

    private static string Quote(string text) => Writing.YamlQuoting.DoubleQuoted(text);
}
