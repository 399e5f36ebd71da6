using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;

namespace ProcurementBaseline.Oscal.Profiles;

public sealed record OscalProfileImportOptions
{
    public required string Id { get; init; }

    /// <summary>The catalog version, in our library, that the selection draws on.</summary>
    public required CatalogRef Catalog { get; init; }

    public required CatalogSource Source { get; init; }

    public OscalIdStyle IdStyle { get; init; } = OscalIdStyle.Oscal;

    /// <summary>Overrides the profile's metadata title.</summary>
    public string? Title { get; init; }
}
