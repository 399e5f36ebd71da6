using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Selections;

/// <summary>
/// A named set of controls from one catalog version, as a publisher's profile defines it
/// (ISM PROTECTED, Essential Eight ML2, SP 800-53 MODERATE).
/// </summary>
public sealed record ControlSelection
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required CatalogRef Catalog { get; init; }

    /// <summary>The profile's own version, which may differ from the catalog's.</summary>
    public string? ProfileVersion { get; init; }

    public required CatalogSource Source { get; init; }

    public ImmutableArray<string> Controls { get; init; } = [];

    /// <summary>Ids the profile selects that the catalog version does not define, kept so nothing is silently lost.</summary>
    public ImmutableArray<string> NotInCatalog { get; init; } = [];
}
