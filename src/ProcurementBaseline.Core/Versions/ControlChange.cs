using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Versions;

/// <summary>What happened to one control between two catalog versions.</summary>
public enum ChangeKind
{
    Unchanged,
    Changed,
    Renamed,
    Withdrawn,
    Removed,
    Added,
}

/// <summary>One field of a control that differs between versions; the statement carries a word diff.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue, WordDiff? Diff);

/// <summary>
/// One control's change. <see cref="OldId"/> is null for an added control, <see cref="NewId"/> for a removed one.
/// A renamed control keeps its text under a new id: <see cref="Similarity"/> says how nearly, and
/// <see cref="Explicit"/> whether the new version said so (moved-to) or the diff inferred it.
/// </summary>
public sealed record ControlChange(
    ChangeKind Kind,
    string? OldId,
    string? NewId,
    Control? Old,
    Control? New,
    ImmutableArray<FieldChange> Fields,
    double? Similarity = null,
    bool Explicit = false,
    ImmutableArray<ControlSuccessor> Successors = default)
{
    public string Id => NewId ?? OldId!;

    public FieldChange? Statement => Fields.FirstOrDefault(f => f.Field == "statement");
}
