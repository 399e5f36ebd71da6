namespace ProcurementBaseline.Harmonisation;

/// <summary>The algebra of relationships: converses, path steps and the valley-free rule.</summary>
public static class Relationships
{
    public static Relationship Converse(Relationship relationship) => relationship switch
    {
        Relationship.SubsetOf => Relationship.SupersetOf,
        Relationship.SupersetOf => Relationship.SubsetOf,
        _ => relationship,
    };

    public static PathStep Step(Relationship relationship) => relationship switch
    {
        Relationship.EqualTo or Relationship.EquivalentTo or Relationship.SupersetOf => PathStep.Down,
        Relationship.IntersectsWith => PathStep.Across,
        Relationship.SubsetOf => PathStep.Up,
        _ => PathStep.Blocked,
    };

    public static bool IsEquivalence(Relationship relationship) =>
        relationship is Relationship.EqualTo or Relationship.EquivalentTo;

    /// <summary>
    /// What a path of relationships proves about its last target, or null when it proves nothing:
    /// full iff every step is ⊇; partial iff it reads ⊇* (∩ | ⊆)? ⊆*.
    /// </summary>
    public static CoverageLevel? Compose(IEnumerable<Relationship> path)
    {
        var phase = PathPhase.Start;
        foreach (var relationship in path)
        {
            phase = Next(phase, Step(relationship));
            if (phase == PathPhase.Invalid)
            {
                return null;
            }
        }

        return phase switch
        {
            PathPhase.Down => CoverageLevel.Full,
            PathPhase.Up => CoverageLevel.Partial,
            _ => null,
        };
    }

    /// <summary>One step of the valley-free automaton: down any number of ⊇, across at most one ∩ or ⊆, then up only by ⊆.</summary>
    internal static PathPhase Next(PathPhase phase, PathStep step) => (phase, step) switch
    {
        (_, PathStep.Blocked) => PathPhase.Invalid,
        (PathPhase.Start or PathPhase.Down, PathStep.Down) => PathPhase.Down,
        (PathPhase.Start or PathPhase.Down, PathStep.Across or PathStep.Up) => PathPhase.Up,
        (PathPhase.Up, PathStep.Up) => PathPhase.Up,
        _ => PathPhase.Invalid,
    };
}

/// <summary>Where a path is in the valley-free automaton.</summary>
internal enum PathPhase
{
    Start,
    Down,
    Up,
    Invalid,
}
