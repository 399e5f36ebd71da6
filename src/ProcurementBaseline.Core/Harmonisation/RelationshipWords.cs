namespace ProcurementBaseline.Harmonisation;

/// <summary>The OSCAL 1.2 tokens for relationships, for messages written by the core.</summary>
public static class RelationshipWords
{
    public static string Word(Relationship relationship) => CrosswalkWords.Relationships.Word(relationship);
}
