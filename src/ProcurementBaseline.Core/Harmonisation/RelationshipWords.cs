namespace ProcurementBaseline.Harmonisation;

/// <summary>The OSCAL 1.2 tokens for relationships, for messages written by the core.</summary>
public static class RelationshipWords
{
    public static string Word(Relationship relationship) => relationship switch
    {
        Relationship.EqualTo => "equal-to",
        Relationship.EquivalentTo => "equivalent-to",
        Relationship.SubsetOf => "subset-of",
        Relationship.SupersetOf => "superset-of",
        Relationship.IntersectsWith => "intersects-with",
        _ => "no-relationship",
    };
}
