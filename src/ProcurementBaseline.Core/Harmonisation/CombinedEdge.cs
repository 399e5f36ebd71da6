using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// A combined mapping read towards one target: the union of <see cref="Members"/> relates to <see cref="To"/>
/// (harmonisation.md §3a). It covers the target in full only when every member is covered in full.
/// </summary>
public sealed record CombinedEdge(ImmutableArray<ControlKey> Members, ControlKey To, Relationship Relationship, Mapping Mapping, Crosswalk Crosswalk)
{
    public int Strength => Mapping.Strength;

    public PathStep Step => Relationships.Step(Relationship);

    public override string ToString() =>
        $"{string.Join(" + ", Members.Select(m => m.ControlId))} together {RelationshipWords.Word(Relationship)} {To} (strength {Strength}, {Mapping.Provenance.ToString().ToLowerInvariant()})";
}
