using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Oscal.Mappings;

/// <summary>What a mapping collection does not say and a crosswalk needs.</summary>
public sealed record MappingCollectionImportOptions
{
    /// <summary>Our catalog for each resource href the collection names (<c>ISO27001-AnnexA-catalog.json → iso27001-annex-a@2022</c>).</summary>
    public ImmutableDictionary<string, CatalogRef> Catalogs { get; init; } = ImmutableDictionary<string, CatalogRef>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Whose mapping this is, where the maps do not say: by default the publisher's own (official).</summary>
    public Provenance Provenance { get; init; } = Provenance.Official;

    /// <summary>The author where neither the maps nor the metadata's parties name one.</summary>
    public string? Author { get; init; }

    /// <summary>The strength of a map with no confidence score (reported once per mapping).</summary>
    public int DefaultStrength { get; init; } = 5;
}
