using System.Collections.Immutable;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Versions;

/// <summary>What happened to one mapping when its crosswalk moved to a new catalog version.</summary>
public enum RetargetOutcome
{
    /// <summary>Every control it names on the moved side is unchanged: the mapping carries over as it was.</summary>
    Carried,

    /// <summary>A control was renamed with the same text: the mapping follows it to the new id, as it was.</summary>
    Renamed,

    /// <summary>A control's statement changed, or it was withdrawn into successors: the mapping is moved, made a suggested draft and flagged for review.</summary>
    Review,

    /// <summary>Every control it names on the moved side is gone from the new version: the mapping is dropped.</summary>
    Dropped,
}

public sealed record RetargetedMapping(Mapping Old, Mapping? New, RetargetOutcome Outcome, string Note);

/// <summary>
/// Moves a crosswalk onto a new version of one of its catalogs using the version diff: renames are followed, a
/// mapping whose control changed its requirement becomes a draft with the change in its remarks (so it counts for
/// nothing until a person reviews it), a withdrawn control's mapping moves to its successors as a draft, and a mapping
/// whose controls are all gone is dropped. Nothing changed is kept as if it were still reviewed.
/// </summary>
public sealed record CrosswalkRetarget(Crosswalk Old, Crosswalk New, ImmutableArray<RetargetedMapping> Mappings)
{
    public int Count(RetargetOutcome outcome) => Mappings.Count(m => m.Outcome == outcome);

    /// <summary>Retargets <paramref name="crosswalk"/>, whose side on <paramref name="diff"/>'s catalog pins the diff's old version.</summary>
    public static CrosswalkRetarget Apply(Crosswalk crosswalk, CatalogDiff diff)
    {
        var movesSource = crosswalk.Source == diff.Old;
        if (!movesSource && crosswalk.Target != diff.Old)
        {
            throw new ArgumentException($"{crosswalk.Name} does not map {diff.Old}.", nameof(diff));
        }

        var byOldId = diff.Changes.Where(c => c.OldId is not null).ToDictionary(c => c.OldId!, StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<RetargetedMapping>();
        foreach (var mapping in crosswalk.Mappings)
        {
            var ids = movesSource ? mapping.Sources : mapping.Targets;
            var moved = new List<string>();
            var notes = new List<string>();
            var outcome = RetargetOutcome.Carried;
            foreach (var id in ids)
            {
                var change = byOldId.GetValueOrDefault(id);
                switch (change?.Kind)
                {
                    case ChangeKind.Unchanged:
                    case ChangeKind.Changed when change.Statement is null:
                        moved.Add(change.NewId!);
                        break;
                    case ChangeKind.Renamed when change.Similarity >= 1 || (change.Explicit && change.Statement is null):
                        moved.Add(change.NewId!);
                        notes.Add($"{id} is {change.NewId} in {diff.New}");
                        outcome = Max(outcome, RetargetOutcome.Renamed);
                        break;
                    case ChangeKind.Changed or ChangeKind.Renamed:
                        moved.Add(change.NewId!);
                        notes.Add($"{id}{(change.NewId != id ? $" (now {change.NewId})" : "")} changed in {diff.New}: {change.Statement?.Diff?.ToString() ?? "its text changed"}");
                        outcome = Max(outcome, RetargetOutcome.Review);
                        break;
                    case ChangeKind.Withdrawn when !change.Successors.IsDefaultOrEmpty:
                        moved.AddRange(change.Successors.Select(s => s.ControlId));
                        notes.Add($"{id} is withdrawn in {diff.New}, into {string.Join(", ", change.Successors.Select(s => s.ControlId))}");
                        outcome = Max(outcome, RetargetOutcome.Review);
                        break;
                    default:
                        notes.Add($"{id} is {(change?.Kind == ChangeKind.Withdrawn ? "withdrawn" : "not")} in {diff.New}");
                        outcome = Max(outcome, RetargetOutcome.Review);
                        break;
                }
            }

            var kept = moved.Distinct(StringComparer.Ordinal).ToImmutableArray();
            if (kept.IsEmpty)
            {
                results.Add(new RetargetedMapping(mapping, null, RetargetOutcome.Dropped, string.Join("; ", notes)));
                continue;
            }

            var note = string.Join("; ", notes);
            var next = (movesSource ? mapping with { Sources = kept } : mapping with { Targets = kept }) with { Origin = null };
            if (outcome == RetargetOutcome.Review)
            {
                // What the publisher or a reviewer said held for the old text; for the new one it is only the tool's suggestion.
                next = next with
                {
                    Provenance = Provenance.Suggested,
                    Status = MappingStatus.Draft,
                    Remarks = $"Retargeted to {diff.New}, to review (was {mapping.Provenance.ToString().ToLowerInvariant()}): {note.TrimEnd('.')}.{(mapping.Remarks is { } r ? $" Before: {r}" : "")}",
                };
            }

            results.Add(new RetargetedMapping(mapping, next, outcome, note));
        }

        var retargeted = crosswalk with
        {
            Source = movesSource ? diff.New : crosswalk.Source,
            Target = movesSource ? crosswalk.Target : diff.New,
            Mappings = [.. results.Where(r => r.New is not null).Select(r => r.New!)],
            Origin = null,
        };
        return new CrosswalkRetarget(crosswalk, retargeted, results.ToImmutable());
    }

    private static RetargetOutcome Max(RetargetOutcome a, RetargetOutcome b) => (RetargetOutcome)Math.Max((int)a, (int)b);
}
