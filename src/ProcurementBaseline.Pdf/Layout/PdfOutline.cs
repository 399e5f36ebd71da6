using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProcurementBaseline.Pdf.Layout;

/// <summary>
/// Adds the outline (bookmarks), the document language and the title display to a PDF written by Skia, whose PDF
/// backend (as SkiaSharp exposes it) has no API for them. It is added as an
/// incremental update, the PDF way to amend a file: the outline objects, a rewritten catalog that points at them,
/// and a new cross-reference section are appended after the original bytes, which stay as they are. Each entry
/// goes to the explicit destination Skia wrote for the heading's named destination. Skia writes a classic
/// cross-reference table and trailer, which is what this reads.
/// </summary>
internal static partial class PdfOutline
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<OutlineEntry> entries)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (entries.Count == 0 || trailerAt < 0)
        {
            return pdf;
        }

        var trailer = text[trailerAt..];
        var size = Number(SizeEntry().Match(trailer));
        var root = Number(RootEntry().Match(trailer));
        var previousXref = Number(StartXref().Match(trailer));
        var catalog = ObjectBody(text, previousXref, root);
        var dests = catalog is null ? -1 : Number(DestsEntry().Match(catalog));
        if (size < 0 || catalog is null || dests < 0 || ObjectBody(text, previousXref, dests) is not { } destinations)
        {
            return pdf;
        }

        var arrays = Destination().Matches(destinations).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        var items = entries.Where(e => arrays.ContainsKey(e.Destination)).ToList();
        var objects = new List<(int Number, string Body)>
        {
            // The document's language and its title in the viewer's title bar: what screen readers need first (PDF/UA 7.2, 7.1).
            (root, catalog.TrimEnd()[..^2] + $"\n/Outlines {size} 0 R\n/PageMode /UseOutlines\n/Lang (en)\n/ViewerPreferences <</DisplayDocTitle true>>>>"),
        };
        objects.AddRange(OutlineObjects(items, arrays, size));

        var update = new StringBuilder("\n");
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length + update.Length;
        update.Append("xref\n").Append(CultureInfo.InvariantCulture, $"{root} 1\n{offsets[root]:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"{size} {objects.Count - 1}\n");
        for (var n = size; n < size + objects.Count - 1; n++)
        {
            update.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n");
        }

        var info = InfoEntry().Match(trailer) is { Success: true } i ? $"\n/Info {i.Groups[1].Value}" : "";
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size + objects.Count - 1}\n/Root {root} 0 R{info}\n/Prev {previousXref}>>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.ASCII.GetBytes(update.ToString())];
    }

    /// <summary>The outline root and one item per entry, nested by heading level; only the top level starts open.</summary>
    private static IEnumerable<(int Number, string Body)> OutlineObjects(List<OutlineEntry> items, Dictionary<string, string> arrays, int rootNumber)
    {
        var parents = new int[items.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < items.Count; i++)
        {
            while (stack.Count > 0 && items[stack.Peek()].Level >= items[i].Level)
            {
                stack.Pop();
            }

            parents[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }

        var children = Enumerable.Range(-1, items.Count + 1).ToDictionary(p => p, p => Enumerable.Range(0, items.Count).Where(i => parents[i] == p).ToList());
        int ObjectNumber(int item) => item < 0 ? rootNumber : rootNumber + 1 + item;
        bool IsOpen(int item) => item < 0 || parents[item] < 0;
        int Visible(int item) => 1 + (IsOpen(item) ? children[item].Sum(Visible) : 0);
        string Links(int item)
        {
            var kids = children[item];
            if (kids.Count == 0)
            {
                return "";
            }

            var count = IsOpen(item) ? kids.Sum(Visible) : -kids.Count;
            return $"\n/First {ObjectNumber(kids[0])} 0 R\n/Last {ObjectNumber(kids[^1])} 0 R\n/Count {count}";
        }

        yield return (rootNumber, $"<</Type /Outlines{Links(-1)}>>");
        for (var i = 0; i < items.Count; i++)
        {
            var siblings = children[parents[i]];
            var at = siblings.IndexOf(i);
            var prev = at > 0 ? $"\n/Prev {ObjectNumber(siblings[at - 1])} 0 R" : "";
            var next = at + 1 < siblings.Count ? $"\n/Next {ObjectNumber(siblings[at + 1])} 0 R" : "";
            yield return (ObjectNumber(i), $"<</Title {TextString(items[i].Title)}\n/Parent {ObjectNumber(parents[i])} 0 R{prev}{next}{Links(i)}\n/Dest {arrays[items[i].Destination]}>>");
        }
    }

    /// <summary>A PDF text string in UTF-16BE with its byte-order mark, written in hex so any title is safe.</summary>
    private static string TextString(string text) =>
        $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>";

    /// <summary>The dictionary of object <paramref name="number"/>, found through the cross-reference table.</summary>
    private static string? ObjectBody(string pdf, int xref, int number)
    {
        var header = XrefHeader().Match(pdf, xref);
        if (!header.Success || header.Index != xref || number >= int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture))
        {
            return null;
        }

        var entry = header.Index + header.Length + ((number - int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture)) * 20);
        var offset = int.Parse(pdf.AsSpan(entry, 10), CultureInfo.InvariantCulture);
        var start = pdf.IndexOf("obj", offset, StringComparison.Ordinal) + 3;
        var end = pdf.IndexOf("endobj", start, StringComparison.Ordinal);
        return start < 3 || end < 0 ? null : pdf[start..end].Trim();
    }

    private static int Number(Match match) =>
        match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info (\d+ \d+ R)")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Dests (\d+) 0 R")]
    private static partial Regex DestsEntry();

    [GeneratedRegex(@"/([A-Za-z0-9]+) (\[[^\]]*\])")]
    private static partial Regex Destination();

    [GeneratedRegex(@"xref\s+(\d+) (\d+)\s+")]
    private static partial Regex XrefHeader();
}
