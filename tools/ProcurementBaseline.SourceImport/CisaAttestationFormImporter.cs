using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.SourceImport;

/// <summary>
/// The CISA Secure Software Development Attestation Form (v1.0, March 2024), section III, from a transcription:
/// each attestation item with its EO 14028 subsection and, from the form's appendix, the SSDF tasks it relates to.
/// </summary>
public static class CisaAttestationFormImporter
{
    private const int TitleLength = 100;

    public static Catalog Import(JsonElement root)
    {
        var items = root.GetProperty("items").EnumerateArray().ToList();
        var children = items.Where(i => i.GetProperty("parent").ValueKind == JsonValueKind.String)
            .ToLookup(i => i.GetProperty("parent").GetString()!, StringComparer.Ordinal);
        var topLevel = items.Where(i => i.GetProperty("parent").ValueKind != JsonValueKind.String);
        return new Catalog
        {
            Id = "cisa-ssdaf",
            Title = LocalizedText.Of("Secure Software Development Attestation Form (CISA, OMB 1670-0052)"),
            Publisher = "Cybersecurity and Infrastructure Security Agency (CISA)",
            Jurisdiction = Jurisdiction.US,
            Version = CatalogVersion.Parse("1.0"),
            Released = new DateOnly(2024, 3, 11),
            Status = CatalogStatus.Final,
            Source = new CatalogSource
            {
                Url = "https://www.cisa.gov/secure-software-attestation-form",
                Licence = "Public domain in the United States (US Government work)",
                Attribution = "Secure Software Development Attestation Form, OMB Control No. 1670-0052, Cybersecurity and Infrastructure Security Agency, version 1.0, March 2024.",
                Obtained = "Transcription of section III and its appendix (cisa_ssdaf_v1.0_2024-03_section3_to_ssdf.json), cross-checked against NIST's EO 14028 → SSDF mapping and the TACOS specification's table; converted with tools/ProcurementBaseline.SourceImport",
                Fidelity = Fidelity.Extracted,
                Completeness = "Section III (the attestations: items 1, 1.a–1.f, 2, 3, 4, 4.a–4.c) only; sections I, II and IV (producer and product details, signatures) hold no requirements. " +
                    "CISA published no machine-readable form: the text is a transcription of the final form, not checked against the PDF here. The items have no titles: each title is the start of its text. " +
                    "Appendix row 4 applies to item 4 as a whole; items 4.a–4.c carry no mapping of their own.",
                Documents =
                [
                    new SourceDocument { Title = "Secure Software Development Attestation Form (OMB 1670-0052)", Url = "https://www.cisa.gov/secure-software-attestation-form", Date = "2024-03-11", Version = "1.0" },
                ],
            },
            Groups =
            [
                new ControlGroup
                {
                    Id = "III",
                    Title = LocalizedText.Of("Section III: Attestation and Signature"),
                    Description = LocalizedText.Of("The software producer attests that the software meets these requirements; each relates to a subsection of Executive Order 14028 section 4(e) and to SSDF tasks (form appendix)."),
                    Controls = [.. topLevel.Select(i => Item(i, children))],
                },
            ],
        };
    }

    private static Control Item(JsonElement item, ILookup<string, JsonElement> children)
    {
        var id = item.GetProperty("id").GetString()!;
        var text = item.GetProperty("text").GetString()!;
        var ssdf = item.GetProperty("ssdf").EnumerateArray().Select(t => t.GetString()!).ToList();
        var references = new List<InformativeReference>
        {
            new() { Scheme = "EO14028", Title = "Executive Order 14028, Improving the Nation's Cybersecurity, section 4(e)", Text = item.GetProperty("eo14028").GetString() },
        };
        if (ssdf.Count > 0)
        {
            references.Add(new InformativeReference { Scheme = "SSDF", Text = string.Join(", ", ssdf), Catalog = "nist-ssdf@1.1", Controls = [.. ssdf] });
        }

        return new Control
        {
            Id = id,
            Class = "attestation",
            Title = LocalizedText.Of(TitleOf(text)),
            Statement = LocalizedText.Of(text),
            References = [.. references],
            Controls = [.. children[id].Select(c => Item(c, children))],
        };
    }

    private static string TitleOf(string text)
    {
        var clause = text.TrimEnd(';', ':', '.', ' ');
        if (clause.Length <= TitleLength)
        {
            return clause;
        }

        var cut = clause.LastIndexOf(' ', TitleLength);
        return string.Concat(clause.AsSpan(0, cut > 0 ? cut : TitleLength), "…");
    }
}
