using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>Which mappings count for inference: a baseline's decision (harmonisation.md §3).</summary>
public sealed record MappingPolicy
{
    public const int MaxPathLength = 4;

    /// <summary>Official, reviewed and derived mappings of strength 5 or more, paths of at most four edges.</summary>
    public static MappingPolicy Default { get; } = new();

    public ImmutableHashSet<Provenance> Provenances { get; init; } = [Provenance.Official, Provenance.Reviewed, Provenance.Derived];

    public int MinimumStrength { get; init; } = 5;

    public int MaxHops { get; init; } = MaxPathLength;

    /// <summary>Whether mappings still in draft count. Off by default: a draft awaits review.</summary>
    public bool IncludeDrafts { get; init; }

    public bool Accepts(Mapping mapping) =>
        Provenances.Contains(mapping.Provenance)
        && mapping.Strength >= MinimumStrength
        && (IncludeDrafts || mapping.Status == MappingStatus.Reviewed || mapping.Provenance == Provenance.Official);
}
