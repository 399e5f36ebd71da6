using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.SourceImport.Crosswalks;

/// <summary>
/// SP 800-53 Rev. 5 → ISMAP, derived from two published statements: NIST's mapping of each SP 800-53 control to
/// ISO/IEC 27001:2013 Annex A controls (Table 1 of its Rev. 5 mapping document), and ISMAP's statement that each of its
/// control objectives corresponds to the ISO/IEC 27002:2013 control of the same number, which Annex A follows. NIST
/// states no set relation, so every pair is intersects-with; a pair NIST marks with an asterisk (the ISO control does
/// not fully satisfy the intent of the NIST one) gets strength 3, below the default floor, so it is context only.
/// </summary>
public static partial class Sp80053IsmapImporter
{
    public const int Strength = 5;
    public const int AsteriskStrength = 3;

    public static Crosswalk Import(string table1Csv, Catalog sp80053, Catalog ismap)
    {
        using var reader = new StreamReader(table1Csv, new UTF8Encoding(false, throwOnInvalidBytes: true));
        using var csv = CsvReader.Create(reader);
        var mappings = new List<Mapping>();
        var skipped = new SortedSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var control = csv.GetString("sp800_53_control")!;
            var printed = csv.GetString("iso27001_2013_controls_as_printed") ?? "";
            if (sp80053.Find(control) is not { Control.Status: ControlStatus.Active })
            {
                if (AnnexA().IsMatch(printed))
                {
                    skipped.Add(control);
                }

                continue;
            }

            foreach (Match match in AnnexA().Matches(printed))
            {
                var objective = match.Groups["id"].Value;
                if (ismap.Find(objective) is null)
                {
                    skipped.Add($"{control} → A.{objective}");
                    continue;
                }

                var partial = match.Groups["star"].Success;
                mappings.Add(new Mapping
                {
                    Sources = [control],
                    Targets = [objective],
                    Relationship = Relationship.IntersectsWith,
                    Rationale = RationaleType.Semantic,
                    Strength = partial ? AsteriskStrength : Strength,
                    Provenance = Provenance.Official,
                    Method = MappingMethod.Automation,
                    Author = "Derived by procbase from NIST (SP 800-53 Rev. 5 to ISO/IEC 27001:2013 mapping, Table 1) and ISMAP (control objectives numbered as ISO/IEC 27002:2013)",
                    Date = new DateOnly(2026, 12, 2),
                    Status = MappingStatus.Reviewed,
                    Remarks = $"Derived from two statements: NIST maps {control} to ISO/IEC 27001:2013 A.{objective}{(partial ? " with an asterisk (the ISO control does not fully satisfy the intent of the NIST control)" : "")}; "
                        + $"ISMAP {objective} corresponds to ISO/IEC 27002:2013 {objective}, which Annex A control A.{objective} follows. NIST states no set relation, so none stronger than intersects-with is claimed.",
                });
            }
        }

        return new Crosswalk
        {
            Source = sp80053.Ref,
            Target = ismap.Ref,
            Title = "SP 800-53 Rev. 5 controls to ISMAP control objectives, derived through ISO/IEC 27001:2013 Annex A",
            Description = "Composed from NIST's SP 800-53 Rev. 5 to ISO/IEC 27001:2013 mapping (Table 1; crosswalks/nist-sp800-53r5-to-iso27001-2013) and the numbering ISMAP's control objectives share with ISO/IEC 27002:2013. "
                + $"Annex A references only; NIST's references to ISO/IEC 27001 clauses 4-10 are left out, since ISMAP's management criteria do not follow that numbering. Pairs marked with NIST's asterisk have strength {AsteriskStrength}. "
                + (skipped.Count == 0 ? "Every listed pair is kept." : $"Left out, as withdrawn in release 5.0.1 or with no such ISMAP objective: {string.Join(", ", skipped)}."),
            Mappings = [.. mappings],
        };
    }

    [GeneratedRegex(@"\bA\.(?<id>\d{1,2}\.\d{1,2}\.\d{1,2})(?<star>\*)?")]
    private static partial Regex AnnexA();
}
