namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// How the set of requirements of a source control S relates to that of a target T (NIST IR 8477 set theory,
/// the OSCAL 1.2 mapping vocabulary).
/// </summary>
public enum Relationship
{
    /// <summary>S = T: the same requirements, worded the same or trivially so.</summary>
    EqualTo,

    /// <summary>S ≡ T: the same requirements, worded differently.</summary>
    EquivalentTo,

    /// <summary>S ⊂ T: all of S is in T; T asks for more.</summary>
    SubsetOf,

    /// <summary>S ⊃ T: all of T is in S; S asks for more.</summary>
    SupersetOf,

    /// <summary>S ∩ T ≠ ∅: some overlap; each asks for something the other does not.</summary>
    IntersectsWith,

    /// <summary>S ∩ T = ∅: reviewed, and nothing is shared.</summary>
    NoRelationship,
}
