using ProcurementBaseline.Text;

namespace ProcurementBaseline.Harmonisation;

/// <summary>The words crosswalk files use: the OSCAL 1.2 relationship tokens and the mapping metadata vocabularies.</summary>
public static class CrosswalkWords
{
    public static EnumWords<Relationship> Relationships { get; } = new(
        ("equal-to", Relationship.EqualTo), ("equivalent-to", Relationship.EquivalentTo), ("subset-of", Relationship.SubsetOf),
        ("superset-of", Relationship.SupersetOf), ("intersects-with", Relationship.IntersectsWith), ("no-relationship", Relationship.NoRelationship));

    public static EnumWords<RationaleType> Rationales { get; } = new(
        ("syntactic", RationaleType.Syntactic), ("semantic", RationaleType.Semantic), ("functional", RationaleType.Functional));

    public static EnumWords<Provenance> Provenances { get; } = new(
        ("official", Provenance.Official), ("reviewed", Provenance.Reviewed), ("suggested", Provenance.Suggested), ("derived", Provenance.Derived));

    public static EnumWords<MappingMethod> Methods { get; } = new(
        ("human", MappingMethod.Human), ("automation", MappingMethod.Automation), ("hybrid", MappingMethod.Hybrid));

    public static EnumWords<MappingStatus> Statuses { get; } = new(
        ("draft", MappingStatus.Draft), ("reviewed", MappingStatus.Reviewed));

    /// <summary>OSCAL's confidence words, read as SCF strengths.</summary>
    public static EnumWords<ConfidenceWord> Confidences { get; } = new(
        ("high", ConfidenceWord.High), ("medium", ConfidenceWord.Medium), ("low", ConfidenceWord.Low));

    public static int Strength(ConfidenceWord confidence) => confidence switch
    {
        ConfidenceWord.High => 9,
        ConfidenceWord.Medium => 6,
        _ => 3,
    };
}

/// <summary>OSCAL's confidence levels, accepted as a strength.</summary>
public enum ConfidenceWord
{
    High,
    Medium,
    Low,
}
