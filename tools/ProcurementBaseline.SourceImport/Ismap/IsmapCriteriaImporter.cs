using System.Collections.Immutable;
using System.Globalization;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.SourceImport.Ismap;

/// <summary>
/// The ISMAP control criteria (ISMAP管理基準) from the English text tabulated in the Secure Controls Framework's
/// STRM document. Chapter 4 holds the management criteria; chapters 5–18 the control criteria, where three-number
/// ids are control objectives (統制目標) and four-number ids the detailed controls under them (詳細管理策).
/// </summary>
public static class IsmapCriteriaImporter
{
    public const string ControlObjective = "control-objective";
    public const string DetailedControl = "detailed-control";
    public const string ManagementCriterion = "management-criterion";
    public const string ManagementRequirement = "management-requirement";

    private const int ManagementChapter = 4;

    public static Catalog Import(IReadOnlyList<IsmapRow> sourceRows, IReadOnlyDictionary<string, string> isoTitles)
    {
        var rows = IsmapRepairs.Apply(sourceRows);
        var ids = rows.ToDictionary(r => r.Id, r => IsmapId.Parse(r.Id), StringComparer.Ordinal);
        var byNumbers = rows.ToDictionary(r => ids[r.Id].NumbersText, StringComparer.Ordinal);
        var children = rows.Where(r => ids[r.Id].Depth > 1)
            .ToLookup(r => ids[r.Id].ParentNumbers, StringComparer.Ordinal);

        var chapters = rows.Where(r => ids[r.Id].Depth == 1).Select(r => Chapter(r, children, ids, isoTitles)).ToList();
        if (children["4"].Any())
        {
            chapters.Insert(0, ManagementChapterGroup(children, ids, isoTitles));
        }
        return new Catalog
        {
            Id = "ismap",
            Title = LocalizedText.Create([new("en", "ISMAP Control Criteria"), new("ja", "ISMAP管理基準")]),
            Publisher = "ISMAP Steering Committee (ISMAP運営委員会): Digital Agency, MIC, METI, NISC",
            Jurisdiction = Jurisdiction.JP,
            Version = CatalogVersion.Parse("1.0-scf"),
            Status = CatalogStatus.Final,
            Source = Source(rows, ids, byNumbers),
            Groups = [.. chapters],
        };
    }

    private static ControlGroup ManagementChapterGroup(ILookup<string, IsmapRow> children, Dictionary<string, IsmapId> ids, IReadOnlyDictionary<string, string> isoTitles) => new()
    {
        Id = ManagementChapter.ToString(CultureInfo.InvariantCulture),
        Title = LocalizedText.Create([new("en", "Management criteria"), new("ja", "マネジメント基準")]),
        Description = LocalizedText.Of("Chapter 4 of the criteria, based on JIS Q 27001:2014. The chapter has no row of its own in the extraction; its Japanese title is from the criteria's table of contents (research note JP-05)."),
        Groups = [.. children["4"].Select(r => Section(r, children, ids, isoTitles))],
    };

    private static ControlGroup Chapter(IsmapRow row, ILookup<string, IsmapRow> children, Dictionary<string, IsmapId> ids, IReadOnlyDictionary<string, string> isoTitles) => new()
    {
        Id = row.Id,
        Title = LocalizedText.Of(row.Description ?? row.Name ?? $"Chapter {row.Id}"),
        Groups = [.. children[ids[row.Id].NumbersText].Select(r => Section(r, children, ids, isoTitles))],
    };

    private static ControlGroup Section(IsmapRow row, ILookup<string, IsmapRow> children, Dictionary<string, IsmapId> ids, IReadOnlyDictionary<string, string> isoTitles)
    {
        var (title, description) = row.Name is { } name ? (name, row.Description) : IsmapTitles.ForSection(row.Description ?? $"Section {row.Id}");
        return new ControlGroup
        {
            Id = row.Id,
            Title = LocalizedText.Of(title.TrimEnd('.')),
            Description = description is null ? null : LocalizedText.Of(description),
            Controls = [.. children[ids[row.Id].NumbersText].Select(r => Criterion(r, children, ids, isoTitles))],
        };
    }

    private static Control Criterion(IsmapRow row, ILookup<string, IsmapRow> children, Dictionary<string, IsmapId> ids, IReadOnlyDictionary<string, string> isoTitles)
    {
        var id = ids[row.Id];
        var management = id.Chapter == ManagementChapter;
        var notes = row.Notes.ToList();
        var title = LocalizedText.Of(IsmapTitles.ForControl(row));
        var iso = !management && id.Depth == 3 && id.Suffix is null && isoTitles.TryGetValue(row.Id, out var isoTitle) ? isoTitle : null;
        if (IsmapTitles.FromResearchNotes.TryGetValue(row.Id, out var noted))
        {
            title = LocalizedText.Create([new("en", iso ?? noted.English), new("ja", noted.Japanese)]);
            notes.Add(iso is null ? IsmapTitles.ResearchNoteTitleNote : IsmapTitles.ResearchNoteJapaneseTitleNote);
        }
        else if (iso is not null)
        {
            title = LocalizedText.Of(iso);
        }

        if (iso is not null)
        {
            notes.Add(IsoAnnexTitles.Note);
        }

        return new Control
        {
            Id = row.Id,
            Class = (management, id.Depth) switch
            {
                (true, 3) => ManagementCriterion,
                (true, _) => ManagementRequirement,
                (false, 3) => ControlObjective,
                _ => DetailedControl,
            },
            Title = title,
            Statement = row.Description is { } text ? LocalizedText.Of(text) : null,
            Properties = id.Suffix is { } suffix
                ? ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("level-suffix", suffix)])
                : ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
            Completeness = notes.Count == 0 ? null : string.Join(" ", notes),
            Controls = [.. children[id.NumbersText].Select(r => Criterion(r, children, ids, isoTitles))],
        };
    }

    private static CatalogSource Source(IReadOnlyList<IsmapRow> rows, Dictionary<string, IsmapId> ids, Dictionary<string, IsmapRow> byNumbers)
    {
        var repaired = rows.Count(r => r.Notes.Count > 0);
        var gaps = NumberingGaps(rows, ids, byNumbers);
        return new CatalogSource
        {
            Url = "https://www.ismap.go.jp/",
            Licence = "Not stated. The ISMAP criteria are published by the ISMAP operating bodies (Digital Agency, MIC, METI, NISC); check ISMAP's terms of use before redistribution. The English tabulation is the Secure Controls Framework's (CC BY-ND 4.0 per the SCF site; not verified).",
            Attribution = "ISMAP管理基準 (ISMAP Control Criteria), ISMAP Steering Committee; English text as tabulated in the Secure Controls Framework's Set Theory Relationship Mapping for ISMAP (securecontrolsframework.com).",
            Obtained = "github.com/securecontrolsframework/securecontrolsframework commit 8a487506eb9b3f1b93dce05eed24299e829bf13d, 'Set Theory Relationship Mapping (STRM)/scf-strm-apac-jpn-ismap.pdf', focal-document columns extracted automatically from the PDF table (ismap_control_criteria_en_from_scf_strm.csv); repaired and converted with tools/ProcurementBaseline.SourceImport",
            Fidelity = Fidelity.Extracted,
            Completeness = string.Join(" ",
                $"All {rows.Count:N0} ids of the extraction: the management criteria (chapter 4) and the control criteria (chapters 5–18), without the governance criteria (chapter 3) or the mapping tables.",
                "The edition of the criteria was not determined: '1.0-scf' names this extraction, not an ISMAP edition.",
                "Many criteria derived from ISO/IEC 27002:2013 or 27017:2015 carry only a pointer to that standard's text, as in ISMAP's English edition. Control objectives are titled with the ISO/IEC 27001:2013 Annex A control titles NIST cites in its SP 800-53 Rev. 5 to ISO/IEC 27001 mapping (each says so); other titles are built from each criterion's own text, because the extraction gives names only for the management criteria.",
                "Level suffixes (.P, .B, .PB) are kept as printed and also given as the level-suffix property; their meaning was not verified.",
                $"{repaired} rows were repaired or flagged after page-break faults in the PDF extraction; each says so in its completeness note.",
                $"Numbers absent from the extraction, which may be rows lost at page breaks or numbers ISMAP does not use: {string.Join(", ", gaps)}.",
                "No Japanese text: only the titles of chapter 4 and of the chapter 14 and 15 control objectives are given in Japanese, from the research notes."),
            Documents =
            [
                new SourceDocument { Title = "ISMAP管理基準 (ISMAP Control Criteria)", Url = "https://www.ismap.go.jp/csm?id=kb_article_view&sysparm_article=KB0010301" },
                new SourceDocument { Title = "ISMAP FAQ on the criteria's id scheme (3桁管理策 and 4桁管理策)", Url = "https://www.ismap.go.jp/csm?id=kb_article_view&sysparm_article=KB0010527" },
                new SourceDocument { Title = "Secure Controls Framework, Set Theory Relationship Mapping: APAC, Japan, ISMAP (scf-strm-apac-jpn-ismap.pdf)", Url = "https://github.com/securecontrolsframework/securecontrolsframework" },
            ],
        };
    }

    /// <summary>Detailed-control numbers skipped within an objective, such as 4.4.8.3 between 4.4.8.2 and 4.4.8.4.</summary>
    private static List<string> NumberingGaps(IReadOnlyList<IsmapRow> rows, Dictionary<string, IsmapId> ids, Dictionary<string, IsmapRow> byNumbers)
    {
        var gaps = new List<string>();
        foreach (var family in rows.Select(r => ids[r.Id]).Where(i => i.Depth == 4).GroupBy(i => i.ParentNumbers, StringComparer.Ordinal))
        {
            var present = family.Select(i => i.Numbers[3]).ToHashSet();
            for (var n = 1; n < present.Max(); n++)
            {
                if (!present.Contains(n) && !byNumbers.ContainsKey($"{family.Key}.{n}"))
                {
                    gaps.Add($"{family.Key}.{n}");
                }
            }
        }

        return gaps;
    }
}
