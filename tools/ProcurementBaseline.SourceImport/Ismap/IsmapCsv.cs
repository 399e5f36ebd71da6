using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;

namespace ProcurementBaseline.SourceImport.Ismap;

/// <summary>Reads <c>ismap_control_criteria_en_from_scf_strm.csv</c> (id, name, description, extraction_quality).</summary>
public static partial class IsmapCsv
{
    private const string NotApplicable = "N/A";

    public static IReadOnlyList<IsmapRow> Read(TextReader text)
    {
        using var csv = CsvReader.Create(text);
        var rows = new List<IsmapRow>();
        while (csv.Read())
        {
            rows.Add(new IsmapRow(
                Normalise(csv.GetString("id"))!,
                Normalise(csv.GetString("name")),
                Normalise(csv.GetString("description")),
                string.Equals(csv.GetString("extraction_quality"), "check", StringComparison.Ordinal)));
        }

        return rows;
    }

    public static IReadOnlyList<IsmapRow> Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return Read(reader);
    }

    /// <summary>Drops byte-order marks the extractor left mid-text, collapses whitespace, and reads "N/A" as empty.</summary>
    private static string? Normalise(string? cell)
    {
        var text = Whitespace().Replace((cell ?? "").Replace("\uFEFF", "", StringComparison.Ordinal), " ").Trim();
        return text.Length == 0 || text == NotApplicable ? null : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
