using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>What the importer needs beyond the OSCAL file: our identity for the catalog and its provenance.</summary>
public sealed record OscalCatalogImportOptions
{
    public required string Id { get; init; }

    public required CatalogVersion Version { get; init; }

    public required Jurisdiction Jurisdiction { get; init; }

    public required CatalogSource Source { get; init; }

    public CatalogStatus Status { get; init; } = CatalogStatus.Final;

    public OscalIdStyle IdStyle { get; init; } = OscalIdStyle.Oscal;

    /// <summary>Overrides the OSCAL metadata title.</summary>
    public string? Title { get; init; }

    /// <summary>Overrides the publisher taken from the OSCAL metadata's first organisation.</summary>
    public string? Publisher { get; init; }

    /// <summary>Overrides the release date taken from the metadata's <c>published</c> (else <c>last-modified</c>).</summary>
    public DateOnly? Released { get; init; }

    /// <summary>Reference schemes that name a catalog we ship, such as <c>SP80053 → nist-sp800-53</c>.</summary>
    public ImmutableDictionary<string, string> ReferenceCatalogs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Applicability from profiles: dimension, value and the OSCAL ids the profile selects,
    /// such as <c>baseline</c>, <c>MODERATE</c> and the ids of the MODERATE profile.
    /// </summary>
    public ImmutableArray<ProfileApplicability> ProfileApplicability { get; init; } = [];
}

public sealed record ProfileApplicability(string Dimension, string Value, ImmutableHashSet<string> OscalIds);
