using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// One mapping of a crosswalk. Several sources or targets are shorthand for one mapping per pair, each with
/// this relationship, unless the sources are <see cref="Combined"/>: then their union is what relates to each
/// target (harmonisation.md §3a).
/// </summary>
public sealed record Mapping
{
    public required ImmutableArray<string> Sources { get; init; }

    /// <summary>
    /// The sources are taken together: their union relates to each target. A combined mapping has no pairs; it
    /// is read only in its stated direction (its converse is not split into pairwise mappings).
    /// </summary>
    public bool Combined { get; init; }

    public required ImmutableArray<string> Targets { get; init; }

    public required Relationship Relationship { get; init; }

    public required RationaleType Rationale { get; init; }

    /// <summary>0–10, as the Secure Controls Framework uses; OSCAL's high/medium/low read as 9/6/3.</summary>
    public required int Strength { get; init; }

    /// <summary>The share of the target the source covers (0–1), where known.</summary>
    public double? Coverage { get; init; }

    public required Provenance Provenance { get; init; }

    public required MappingMethod Method { get; init; }

    public required string Author { get; init; }

    public DateOnly? Date { get; init; }

    public required MappingStatus Status { get; init; }

    public string? Remarks { get; init; }

    /// <summary>Where the mapping is written, for diagnostics and explanations.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>The pairwise mappings this one stands for; none for a combined mapping.</summary>
    public IEnumerable<(string Source, string Target)> Pairs =>
        Combined ? [] : Sources.SelectMany(s => Targets.Select(t => (s, t)));
}
