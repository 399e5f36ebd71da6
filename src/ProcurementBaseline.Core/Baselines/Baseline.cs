using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Baselines;

/// <summary>
/// A procurement baseline: what an agency (or the Quad jointly) requires of software it buys, as controls of
/// catalog versions with a priority each, and what it accepts as evidence of them.
/// </summary>
public sealed record Baseline
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The nation or agency that owns the baseline.</summary>
    public required string Owner { get; init; }

    public required Jurisdiction Jurisdiction { get; init; }

    public required string Version { get; init; }

    public string? Description { get; init; }

    public required ImmutableArray<CatalogRef> Catalogs { get; init; }

    public required ImmutableArray<ControlSelector> Select { get; init; }

    public AcceptancePolicy Policy { get; init; } = new();

    /// <summary>Equivalence clusters recorded by <c>procbase harmonise</c>, for reading; evaluation uses the mappings.</summary>
    public ImmutableArray<ImmutableArray<ControlKey>> Clusters { get; init; } = [];

    public override string ToString() => Id;
}
