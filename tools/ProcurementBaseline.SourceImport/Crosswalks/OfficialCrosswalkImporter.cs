using System.Text;
using CsvHelper;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.SourceImport.Crosswalks;

/// <summary>
/// Crosswalks their publishers give only as references (NIST's SSDF informative references, the CISA form's
/// appendix). The publishers state no relationship, so each pair is recorded as intersects-with, the weakest
/// positive relationship that listing it implies, with provenance official and a remark saying so.
/// </summary>
public static class OfficialCrosswalkImporter
{
    public static Crosswalk SsdfToSp80053(string csvPath) => Import(csvPath, new Settings(
        CatalogRef.Parse("nist-ssdf@1.1"),
        CatalogRef.Parse("nist-sp800-53@5.0.1"),
        "SSDF 1.1 tasks to SP 800-53 Rev. 5 controls, from NIST's informative references",
        "Every SP 800-53 and SP 800-161 Rev. 1 reference of SSDF 1.1 Table 1, flattened from NIST's OSCAL catalog (crosswalks/ssdf_v1.1_to_sp800-53_and_800-161.csv). SP 800-161 cites SP 800-53 control ids, so both kinds are kept, and the remark says which lists the pair.",
        "NIST (SP 800-218 Table 1, informative references)",
        new DateOnly(2022, 2, 3),
        Strength: 5,
        Scheme: row => row.Contains("800-161", StringComparison.Ordinal) ? "SP 800-161 Rev. 1" : "SP 800-53 Rev. 5",
        Remark: schemes => $"Listed by NIST as an informative reference ({schemes}); NIST states no relationship, so none stronger than intersects-with is claimed."));

    public static Crosswalk CisaFormToSsdf(string csvPath) => Import(csvPath, new Settings(
        CatalogRef.Parse("cisa-ssdaf@1.0"),
        CatalogRef.Parse("nist-ssdf@1.1"),
        "CISA attestation form items to SSDF 1.1 tasks, from the form's appendix",
        "The appendix of the Secure Software Development Attestation Form (March 2024), which relates each attestation item to SSDF tasks 'for reference purposes' (crosswalks/cisa_ssdaf_to_ssdf_v1.1.csv).",
        "CISA (attestation form appendix)",
        new DateOnly(2024, 3, 11),
        Strength: 6,
        Scheme: _ => "form appendix",
        Remark: _ => "Related in the form's appendix 'for reference purposes'; CISA states no relationship, so none stronger than intersects-with is claimed."));

    private static Crosswalk Import(string csvPath, Settings settings)
    {
        using var reader = new StreamReader(csvPath, new UTF8Encoding(false, throwOnInvalidBytes: true));
        using var csv = CsvReader.Create(reader);
        var pairs = new List<(string Source, string Target, string Scheme)>();
        while (csv.Read())
        {
            pairs.Add((csv.GetString("source_id")!, csv.GetString("target_id")!, settings.Scheme(csv.GetString("target_framework") ?? "")));
        }

        var mappings = pairs
            .GroupBy(p => (p.Source, p.Target))
            .Select(g => new Mapping
            {
                Sources = [g.Key.Source],
                Targets = [g.Key.Target],
                Relationship = Relationship.IntersectsWith,
                Rationale = RationaleType.Semantic,
                Strength = settings.Strength,
                Provenance = Provenance.Official,
                Method = MappingMethod.Human,
                Author = settings.Author,
                Date = settings.Date,
                Status = MappingStatus.Reviewed,
                Remarks = settings.Remark(string.Join(" and ", g.Select(p => p.Scheme).Distinct().Order(StringComparer.Ordinal))),
            });
        return new Crosswalk
        {
            Source = settings.Source,
            Target = settings.Target,
            Title = settings.Title,
            Description = settings.Description,
            Mappings = [.. mappings],
        };
    }

    private sealed record Settings(
        CatalogRef Source,
        CatalogRef Target,
        string Title,
        string Description,
        string Author,
        DateOnly Date,
        int Strength,
        Func<string, string> Scheme,
        Func<string, string> Remark);
}
