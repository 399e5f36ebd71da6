using System.Text.RegularExpressions;

namespace ProcurementBaseline.SourceImport.Ismap;

/// <summary>
/// Repairs the rows the PDF table extraction mis-split at page breaks. Each repair is shown to be safe
/// by the row's own content (text moved, never written); what cannot be repaired is kept and noted.
/// </summary>
public static partial class IsmapRepairs
{
    /// <summary>Two empty cells printed inside a text: the extractor ran a page break into the next row.</summary>
    private const string PageBreakSpill = " N/A N/A ";

    private static readonly HashSet<string> DanglingEndings = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "by", "cause", "depending", "for", "from", "in", "of", "on", "or", "that", "the", "to", "vary", "which", "with",
    };

    public static IReadOnlyList<IsmapRow> Apply(IReadOnlyList<IsmapRow> rows)
    {
        var repaired = rows.ToList();
        MoveSpilledText(repaired);
        for (var i = 0; i < repaired.Count; i++)
        {
            repaired[i] = UnscramblePointer(repaired[i]);
            repaired[i] = DropMisplacedHeading(repaired[i], repaired);
            repaired[i] = NoteFragments(repaired[i]);
        }

        return repaired;
    }

    /// <summary>
    /// A heading row whose text holds "tail N/A N/A head": the tail ends the previous text-bearing row,
    /// the head starts the next one (which begins mid-sentence, in lower case).
    /// </summary>
    private static void MoveSpilledText(List<IsmapRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var text = rows[i].Description;
            var at = text?.IndexOf(PageBreakSpill, StringComparison.Ordinal) ?? -1;
            if (text is null || at < 0)
            {
                continue;
            }

            var previous = rows.FindLastIndex(i - 1, r => r.Description is not null);
            var next = rows.FindIndex(i + 1, r => r.Description is not null);
            if (previous < 0 || next < 0 || !char.IsLower(rows[next].Description![0]))
            {
                continue;
            }

            var tail = text[..at];
            var head = text[(at + PageBreakSpill.Length)..];
            var from = rows[i].Id;
            rows[previous] = rows[previous].WithNote($"The end of this text (\"{Start(tail)}\") was printed in row {from} of the extraction and has been moved back.")
                with { Description = $"{rows[previous].Description} {tail}" };
            rows[next] = rows[next].WithNote($"The start of this text (\"{Start(head)}\") was printed in row {from} of the extraction and has been moved back.")
                with { Description = $"{head} {rows[next].Description}" };
            rows[i] = rows[i] with { Description = null };
        }
    }

    /// <summary>
    /// A pointer row ("X corresponds to the c) part of Y Implementation guidance in ISO/IEC 27002:2013.") whose
    /// words the extractor shuffled. It is rebuilt only when its words are exactly the words of the rebuilt sentence.
    /// </summary>
    private static IsmapRow UnscramblePointer(IsmapRow row)
    {
        var text = row.Description;
        if (text is null || !text.Contains(" corresponds ", StringComparison.Ordinal))
        {
            return row;
        }

        var words = Words(text);
        var letter = OnlyOne(words.Where(w => w.Length == 1 && char.IsAsciiLetterLower(w[0])));
        var target = OnlyOne(words.Where(w => w != row.Id && DottedNumber().IsMatch(w)));
        if (letter is null || target is null)
        {
            return row;
        }

        var rebuilt = $"{row.Id} corresponds to the {letter}) part of {target} Implementation guidance in ISO/IEC 27002:2013.";
        if (rebuilt == text || !Words(rebuilt).Order(StringComparer.Ordinal).SequenceEqual(words.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return row;
        }

        return row.WithNote("The extraction printed this sentence with its words out of order; they have been put back in the order of the neighbouring rows.")
            with { Description = rebuilt };
    }

    /// <summary>A control row holding another section's heading ("14.2 Security in … Objective: …"): its own text was lost.</summary>
    private static IsmapRow DropMisplacedHeading(IsmapRow row, List<IsmapRow> rows)
    {
        var match = row.Description is null ? null : MisplacedHeading().Match(row.Description);
        if (match is null || !match.Success || match.Groups["id"].Value == row.Id)
        {
            return row;
        }

        var heading = rows.Find(r => r.Id == match.Groups["id"].Value);
        return row.WithNote($"The extraction printed the heading of section {match.Groups["id"].Value} in this row{(heading is null ? "" : " (it is kept on that section)")}; this row's own text was lost at a page break and is not given here.")
            with { Description = null };
    }

    private static IsmapRow NoteFragments(IsmapRow row)
    {
        var text = row.Description;
        if (text is null)
        {
            return row;
        }

        if (char.IsLower(text[0]) && !row.Notes.Any(n => n.StartsWith("The start of this text", StringComparison.Ordinal)))
        {
            row = row.WithNote("This text starts mid-sentence: its beginning was lost at a page break in the extraction, and it may belong to a neighbouring criterion.");
        }

        var last = text.TrimEnd().Split(' ')[^1];
        if (DanglingEndings.Contains(last))
        {
            row = row.WithNote($"This text stops mid-sentence (\"…{last}\"): the rest was lost at a page break in the extraction.");
        }

        if (row.MarkedForCheck && row.Notes.Count == 0)
        {
            row = row.WithNote("The extraction marked this row as suspect; no fault was found in it.");
        }

        return row;
    }

    private static string? OnlyOne(IEnumerable<string> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private static string[] Words(string text) =>
        text.Replace(")", " ) ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Start(string text) => text.Length <= 40 ? text : $"{text[..40].TrimEnd()}…";

    [GeneratedRegex(@"^\d+(\.\d+)+$")]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"^(?<id>\d+\.\d+) [A-Z].*\bObjective: ")]
    private static partial Regex MisplacedHeading();
}
