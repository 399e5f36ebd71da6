namespace ProcurementBaseline.Sboms;

/// <summary>
/// What a reader can find natively in an SBOM, for a component or for the document. Profiles name these (and
/// properties, for fields with no native home) as the places a field may be read from, in order of preference.
/// </summary>
[Flags]
public enum SbomFact : long
{
    None = 0,

    // Component facts.
    Name = 1L << 0,
    Version = 1L << 1,
    Description = 1L << 2,
    Supplier = 1L << 3,
    Manufacturer = 1L << 4,
    Authors = 1L << 5,
    Originator = 1L << 6,
    Licence = 1L << 7,
    Hash = 1L << 8,
    Purl = 1L << 9,
    Cpe = 1L << 10,
    Swid = 1L << 11,
    OtherIdentifier = 1L << 12,
    Dependencies = 1L << 13,
    ExternalReferences = 1L << 14,
    ReleaseDate = 1L << 15,
    ValidUntil = 1L << 16,
    Comment = 1L << 17,
    Pedigree = 1L << 18,
    Purpose = 1L << 19,
    Copyright = 1L << 20,

    // Document facts.
    SbomAuthors = 1L << 32,
    Timestamp = 1L << 33,
    Tools = 1L << 34,
    Lifecycle = 1L << 35,
    Subject = 1L << 36,
    VulnerabilityData = 1L << 37,
}
