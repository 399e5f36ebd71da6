using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>The mappings that carry a satisfied control's coverage to a target, in order of travel.</summary>
public sealed record CoveragePath(ImmutableArray<MappingEdge> Edges)
{
    public ControlKey Start => Edges[0].From;

    public ControlKey End => Edges[^1].To;

    /// <summary>The weakest edge's strength.</summary>
    public int Strength => Edges.Min(e => e.Strength);

    public int Hops => Edges.Length;

    public CoverageLevel Level => Relationships.Compose(Edges.Select(e => e.Relationship))
        ?? throw new InvalidOperationException("A coverage path must satisfy the valley-free rule.");

    public override string ToString() => string.Join(" → ", Edges.Select(e => e.ToString()));
}
