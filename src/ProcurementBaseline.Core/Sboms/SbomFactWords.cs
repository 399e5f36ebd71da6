using ProcurementBaseline.Text;

namespace ProcurementBaseline.Sboms;

/// <summary>The words profiles use for facts ("supplier", "sbom-authors").</summary>
public static class SbomFactWords
{
    public static EnumWords<SbomFact> Words { get; } = new(
        ("name", SbomFact.Name), ("version", SbomFact.Version), ("description", SbomFact.Description),
        ("supplier", SbomFact.Supplier), ("manufacturer", SbomFact.Manufacturer), ("authors", SbomFact.Authors),
        ("originator", SbomFact.Originator), ("licence", SbomFact.Licence), ("hash", SbomFact.Hash), ("purl", SbomFact.Purl),
        ("cpe", SbomFact.Cpe), ("swid", SbomFact.Swid), ("other-identifier", SbomFact.OtherIdentifier),
        ("dependencies", SbomFact.Dependencies), ("external-references", SbomFact.ExternalReferences),
        ("release-date", SbomFact.ReleaseDate), ("valid-until", SbomFact.ValidUntil), ("comment", SbomFact.Comment),
        ("pedigree", SbomFact.Pedigree), ("purpose", SbomFact.Purpose), ("copyright", SbomFact.Copyright),
        ("sbom-authors", SbomFact.SbomAuthors), ("timestamp", SbomFact.Timestamp), ("tools", SbomFact.Tools),
        ("lifecycle", SbomFact.Lifecycle), ("subject", SbomFact.Subject), ("vulnerability-data", SbomFact.VulnerabilityData));

    public static string Word(SbomFact fact) => Words.Word(fact);

    /// <summary>Whether a fact is stated once for the document rather than per component.</summary>
    public static bool IsDocumentFact(SbomFact fact) => (long)fact >= 1L << 32;
}
