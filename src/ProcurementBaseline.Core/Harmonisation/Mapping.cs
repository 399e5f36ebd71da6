using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// One mapping of a crosswalk. Several sources or targets are shorthand for one mapping per pair, each with
/// this relationship: a relation between unions of controls is not expressed (harmonisation refinement).
/// </summary>
public sealed record Mapping
{
    public required ImmutableArray<string> Sources { get; init; }

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

    public IEnumerable<(string Source, string Target)> Pairs =>
        Sources.SelectMany(s => Targets.Select(t => (s, t)));
}
