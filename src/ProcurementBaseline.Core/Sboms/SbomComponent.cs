using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Sboms;

/// <summary>
/// One component as an SBOM describes it (a CycloneDX component, an SPDX package). Readers hand components over one at
/// a time, so a large SBOM is never held whole; <see cref="Facts"/> says which fields it carries.
/// </summary>
public sealed record SbomComponent
{
    /// <summary>The document's reference for it (bom-ref, SPDXID, spdxId), or null when it has none.</summary>
    public string? Ref { get; init; }

    public string? Name { get; init; }

    public string? Version { get; init; }

    public string? Description { get; init; }

    public string? Supplier { get; init; }

    public string? Manufacturer { get; init; }

    public string? Authors { get; init; }

    public string? Originator { get; init; }

    /// <summary>Licence ids, names or expressions, NOASSERTION and NONE already left out.</summary>
    public ImmutableArray<string> Licences { get; init; } = [];

    public ImmutableArray<SbomHash> Hashes { get; init; } = [];

    public string? Purl { get; init; }

    public string? Cpe { get; init; }

    public string? Swid { get; init; }

    public bool HasOtherIdentifier { get; init; }

    public int ExternalReferences { get; init; }

    public string? ReleaseDate { get; init; }

    public string? ValidUntil { get; init; }

    public string? Comment { get; init; }

    public bool HasPedigree { get; init; }

    /// <summary>Its type or purpose (CycloneDX type, SPDX primary purpose), lower case.</summary>
    public string? Purpose { get; init; }

    public string? Copyright { get; init; }

    public ImmutableArray<SbomProperty> Properties { get; init; } = [];

    /// <summary>How deep it is nested in other components (0 for a top-level component).</summary>
    public int Depth { get; init; }

    public SourceLocation? Origin { get; init; }

    /// <summary>"name@version", or what there is of it, for naming it in a report.</summary>
    public string Label => (Name, Version) switch
    {
        (null, null) => Ref ?? "(unnamed component)",
        (_, null) => Name!,
        (null, _) => $"{Ref ?? "(unnamed)"}@{Version}",
        _ => $"{Name}@{Version}",
    };

    /// <summary>The native fields it carries (not its dependencies, which the document states elsewhere).</summary>
    public SbomFact Facts
    {
        get
        {
            var facts = SbomFact.None;
            facts |= Has(Name, SbomFact.Name) | Has(Version, SbomFact.Version) | Has(Description, SbomFact.Description);
            facts |= Has(Supplier, SbomFact.Supplier) | Has(Manufacturer, SbomFact.Manufacturer) | Has(Authors, SbomFact.Authors) | Has(Originator, SbomFact.Originator);
            facts |= Has(Purl, SbomFact.Purl) | Has(Cpe, SbomFact.Cpe) | Has(Swid, SbomFact.Swid);
            facts |= Has(ReleaseDate, SbomFact.ReleaseDate) | Has(ValidUntil, SbomFact.ValidUntil) | Has(Comment, SbomFact.Comment);
            facts |= Has(Purpose, SbomFact.Purpose) | Has(Copyright, SbomFact.Copyright);
            facts |= Licences.IsEmpty ? SbomFact.None : SbomFact.Licence;
            facts |= Hashes.IsEmpty ? SbomFact.None : SbomFact.Hash;
            facts |= HasOtherIdentifier ? SbomFact.OtherIdentifier : SbomFact.None;
            facts |= ExternalReferences > 0 ? SbomFact.ExternalReferences : SbomFact.None;
            facts |= HasPedigree ? SbomFact.Pedigree : SbomFact.None;
            return facts;
        }
    }

    /// <summary>The value of a property, or null. Names compare without regard to case.</summary>
    public string? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(property.Value))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static SbomFact Has(string? value, SbomFact fact) =>
        string.IsNullOrWhiteSpace(value) || SbomValues.IsNoAssertion(value) ? SbomFact.None : fact;
}
