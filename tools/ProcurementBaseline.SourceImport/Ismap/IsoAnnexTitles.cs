using System.Text;
using CsvHelper;

namespace ProcurementBaseline.SourceImport.Ismap;

/// <summary>
/// The short titles of ISO/IEC 27001:2013 Annex A controls as NIST cites them in Table 2 of its SP 800-53 Rev. 5 to
/// ISO/IEC 27001 mapping (a US Government work): the names of ISMAP's control objectives, which share the numbering.
/// </summary>
public static class IsoAnnexTitles
{
    public const string Note =
        "Title: the ISO/IEC 27001:2013 Annex A control title as NIST cites it in Table 2 of its SP 800-53 Rev. 5 to ISO/IEC 27001:2013 mapping; ISMAP's control objectives share ISO/IEC 27002:2013's numbering, and ISMAP's English edition gives no title of its own.";

    /// <summary>ISMAP objective id ("14.2.6") to title ("Secure development environment").</summary>
    public static IReadOnlyDictionary<string, string> Read(string table2Csv)
    {
        using var reader = new StreamReader(table2Csv, new UTF8Encoding(false, throwOnInvalidBytes: true));
        using var csv = CsvReader.Create(reader);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var id = csv.GetString("iso27001_2013_clause_or_control") ?? "";
            if (id.StartsWith("A.", StringComparison.Ordinal) && id.Count(c => c == '.') == 3 && csv.GetString("iso_title") is { Length: > 0 } title)
            {
                titles[id[2..]] = title.Trim();
            }
        }

        return titles;
    }
}
