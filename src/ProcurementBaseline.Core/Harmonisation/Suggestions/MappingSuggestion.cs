namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>A candidate target for a source control, with the relationship the texts suggest and how sure that is.</summary>
public sealed record MappingSuggestion(
    ControlKey Source,
    ControlKey Target,
    int Rank,
    double Score,
    Relationship Relationship,
    int Strength,
    double SourceContainment,
    double TargetContainment,
    Mapping? Reviewed);
