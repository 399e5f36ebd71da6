namespace ProcurementBaseline.Harmonisation;

/// <summary>What one mapping, read in the direction of travel, does on a coverage path (harmonisation.md §3).</summary>
public enum PathStep
{
    /// <summary>⊇: equal-to, equivalent-to or superset-of; the target is covered in full.</summary>
    Down,

    /// <summary>∩: intersects-with; at most one per path.</summary>
    Across,

    /// <summary>⊆: subset-of; the target asks for more.</summary>
    Up,

    /// <summary>No-relationship: nothing propagates.</summary>
    Blocked,
}
