using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Harmonisation;

/// <summary>Mappings from the controls of one catalog version to those of another.</summary>
public sealed record Crosswalk
{
    public required CatalogRef Source { get; init; }

    public required CatalogRef Target { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<Mapping> Mappings { get; init; } = [];

    /// <summary>Where the crosswalk names its catalogs, for diagnostics about them.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>The file's name by convention: <c>nist-ssdf@1.1--asd-ism@2025.12.9</c>.</summary>
    public string Name => $"{Source}--{Target}";

    public override string ToString() => Name;
}
