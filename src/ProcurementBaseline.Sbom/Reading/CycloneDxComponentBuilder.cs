using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>A CycloneDX component as it is read, in either encoding.</summary>
internal sealed class CycloneDxComponentBuilder
{
    private List<SbomHash>? _hashes;
    private List<string>? _licences;
    private List<SbomProperty>? _properties;
    private List<string>? _authors;

    public string? Ref { get; set; }

    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Group { get; set; }

    public string? Version { get; set; }

    public string? Description { get; set; }

    public string? Supplier { get; set; }

    public string? Manufacturer { get; set; }

    public string? Publisher { get; set; }

    public string? Author { get; set; }

    public string? Copyright { get; set; }

    public string? Purl { get; set; }

    public string? Cpe { get; set; }

    public string? Swid { get; set; }

    public bool OtherIdentifier { get; set; }

    public int ExternalReferences { get; set; }

    public bool Pedigree { get; set; }

    public string? ReleaseDate { get; set; }

    /// <summary>Empties the builder for the next component, keeping its lists' storage.</summary>
    public CycloneDxComponentBuilder Reset()
    {
        _hashes?.Clear();
        _licences?.Clear();
        _properties?.Clear();
        _authors?.Clear();
        (Ref, Type, Name, Group, Version, Description, Supplier, Manufacturer) = (null, null, null, null, null, null, null, null);
        (Publisher, Author, Copyright, Purl, Cpe, Swid, ReleaseDate) = (null, null, null, null, null, null, null);
        (OtherIdentifier, ExternalReferences, Pedigree) = (false, 0, false);
        return this;
    }

    public void AddHash(SbomHash? hash)
    {
        if (hash is { } h)
        {
            (_hashes ??= []).Add(h);
        }
    }

    public void AddLicence(string? licence)
    {
        if (SbomValues.Meaningful(licence) is { } l)
        {
            (_licences ??= []).Add(l);
        }
    }

    public void AddProperty(SbomProperty? property)
    {
        if (property is { } p)
        {
            (_properties ??= []).Add(p);
        }
    }

    public void AddAuthor(string? author)
    {
        if (SbomValues.Meaningful(author) is { } a)
        {
            (_authors ??= []).Add(a);
        }
    }

    public SbomComponent Build(int depth, SourceLocation at, bool nested) => new()
    {
        Ref = Ref,
        Name = Group is { Length: > 0 } && Name is not null ? $"{Group}/{Name}" : Name,
        Version = Version,
        Description = Description,
        Supplier = Supplier,
        Manufacturer = Manufacturer ?? Publisher,
        Authors = _authors is { Count: > 0 } ? string.Join(", ", _authors) : Author,
        Licences = _licences is { Count: > 0 } ? [.. _licences] : [],
        Hashes = _hashes is { Count: > 0 } ? [.. _hashes] : [],
        Purl = SbomValues.Meaningful(Purl),
        Cpe = SbomValues.Meaningful(Cpe),
        Swid = SbomValues.Meaningful(Swid),
        HasOtherIdentifier = OtherIdentifier,
        ExternalReferences = ExternalReferences,
        ReleaseDate = ReleaseDate,
        ValidUntil = null,
        Comment = null,
        HasPedigree = Pedigree,
        Purpose = Type?.ToLowerInvariant(),
        Copyright = Copyright,
        Properties = _properties is { Count: > 0 } ? [.. _properties] : [],
        Depth = nested ? depth : 0,
        Origin = at,
    };
}
