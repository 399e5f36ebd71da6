namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// One mapping read in one direction. A crosswalk's mappings give edges source → target; the engine
/// adds each converse (target → source, relationship converted), marked <see cref="IsConverse"/>.
/// </summary>
public sealed record MappingEdge(ControlKey From, ControlKey To, Relationship Relationship, Mapping Mapping, Crosswalk Crosswalk, bool IsConverse)
{
    public int Strength => Mapping.Strength;

    public PathStep Step => Relationships.Step(Relationship);

    public override string ToString() => $"{From} {RelationshipWords.Word(Relationship)} {To} (strength {Strength}, {Mapping.Provenance.ToString().ToLowerInvariant()})";
}
