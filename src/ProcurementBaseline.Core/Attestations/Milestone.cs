namespace ProcurementBaseline.Attestations;

/// <summary>A plan of action and milestones (POA&amp;M) entry: what will be done, and by when.</summary>
public sealed record Milestone(string Description, DateOnly Due);
