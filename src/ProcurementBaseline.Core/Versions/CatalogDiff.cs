using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Versions;

/// <summary>
/// The differences between two versions of a catalog, control by control: added, removed, withdrawn (with
/// successors), renamed or moved (explicit moved-to, or inferred from text), changed (with a word diff of the
/// statement and the other fields that changed) and unchanged.
/// </summary>
public sealed record CatalogDiff(CatalogRef Old, CatalogRef New, ImmutableArray<ControlChange> Changes)
{
    /// <summary>
    /// Two texts with this bigram similarity or more are the same control under a new id. At 0.8 a 40-word statement
    /// may change about four words. The SSDF 1.2 draft's edits to tasks that kept their ids score 0.69 to 0.98, so a
    /// reworded task that also changed id is caught when the edit is light, and reported as removed and added when it
    /// is heavy: a claim on a control rewritten that much needs re-attesting anyway.
    /// </summary>
    public const double RenameThreshold = 0.8;

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    public IEnumerable<ControlChange> Of(ChangeKind kind) => Changes.Where(c => c.Kind == kind);

    public static CatalogDiff Compare(Catalog old, Catalog @new, IWordDiffer differ)
    {
        var oldControls = old.AllControls.ToDictionary(c => c.Control.Id, c => c.Control, StringComparer.Ordinal);
        var newControls = @new.AllControls.ToDictionary(c => c.Control.Id, c => c.Control, StringComparer.Ordinal);
        var changes = new List<ControlChange>();
        var added = newControls.Keys.Where(id => !oldControls.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        var removed = new List<Control>();

        foreach (var (id, before) in oldControls)
        {
            if (!newControls.TryGetValue(id, out var after))
            {
                removed.Add(before);
            }
            else if (after.Status == ControlStatus.Withdrawn && before.Status == ControlStatus.Active)
            {
                changes.Add(Withdrawal(before, after, newControls, added));
            }
            else
            {
                var fields = FieldChanges(before, after, differ);
                changes.Add(new ControlChange(fields.IsEmpty ? ChangeKind.Unchanged : ChangeKind.Changed, id, id, before, after, fields));
            }
        }

        // A moved-to successor that is new in this version is the same control under a new id, not an addition.
        foreach (var moved in changes.Where(c => c.Kind == ChangeKind.Renamed && c.Explicit))
        {
            added.Remove(moved.NewId!);
        }

        // The new version may carry withdrawn placeholders for ids retired before the old version (the SSDF 1.2 draft
        // keeps "this task has been moved" stubs from 1.0): they are withdrawals, not additions.
        var retired = added.Where(id => newControls[id].Status == ControlStatus.Withdrawn).ToList();
        added.ExceptWith(retired);
        changes.AddRange(retired.Select(id => new ControlChange(ChangeKind.Withdrawn, null, id, null, newControls[id], [], Successors: newControls[id].Successors)));
        changes.AddRange(InferRenames(removed, added, newControls, differ));
        changes.AddRange(added.Select(id => new ControlChange(ChangeKind.Added, null, id, null, newControls[id], [])));
        var order = @new.AllControls.Select((c, i) => (c.Control.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var oldOrder = old.AllControls.Select((c, i) => (c.Control.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return new CatalogDiff(old.Ref, @new.Ref, [.. changes
            .OrderBy(c => c.OldId is not null ? oldOrder[c.OldId] : int.MaxValue)
            .ThenBy(c => c.NewId is not null && order.TryGetValue(c.NewId, out var at) ? at : int.MaxValue)]);
    }

    /// <summary>A control the new version withdraws: moved-to a successor is a rename; anything else a withdrawal.</summary>
    private static ControlChange Withdrawal(Control before, Control after, Dictionary<string, Control> newControls, HashSet<string> added)
    {
        var moved = after.Successors.Where(s => s.Kind == SuccessorKind.MovedTo).ToList();
        if (moved.Count == 1 && newControls.TryGetValue(moved[0].ControlId, out var target))
        {
            var similarity = TextComparison.Similarity(before.Statement?.Default, target.Statement?.Default);
            return new ControlChange(ChangeKind.Renamed, before.Id, target.Id, before, target, [], similarity, Explicit: true, after.Successors);
        }

        return new ControlChange(ChangeKind.Withdrawn, before.Id, null, before, after, [], Successors: after.Successors);
    }

    /// <summary>Pairs removed and added controls whose statements (or, lacking statements, titles) match, best pairs first.</summary>
    private static IEnumerable<ControlChange> InferRenames(List<Control> removed, HashSet<string> added, Dictionary<string, Control> newControls, IWordDiffer differ)
    {
        var candidates = removed
            .SelectMany(r => added.Select(a => (Old: r, New: newControls[a], Score: TextComparison.Similarity(Text(r), Text(newControls[a])))))
            .Where(p => p.Score >= RenameThreshold)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Old.Id, StringComparer.Ordinal).ThenBy(p => p.New.Id, StringComparer.Ordinal)
            .ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (before, after, score) in candidates)
        {
            if (renamed.Contains(before.Id) || taken.Contains(after.Id))
            {
                continue;
            }

            renamed.Add(before.Id);
            taken.Add(after.Id);
            added.Remove(after.Id);
            yield return new ControlChange(ChangeKind.Renamed, before.Id, after.Id, before, after, FieldChanges(before, after, differ), score);
        }

        foreach (var before in removed.Where(r => !renamed.Contains(r.Id)))
        {
            yield return new ControlChange(ChangeKind.Removed, before.Id, null, before, null, []);
        }
    }

    private static string? Text(Control control) => control.Statement?.Default ?? control.Title.Default;

    private static ImmutableArray<FieldChange> FieldChanges(Control before, Control after, IWordDiffer differ)
    {
        var fields = ImmutableArray.CreateBuilder<FieldChange>();
        Compare(fields, "title", before.Title.Default, after.Title.Default, null);
        Compare(fields, "statement", before.Statement?.Default, after.Statement?.Default, differ);
        Compare(fields, "guidance", before.Guidance?.Default, after.Guidance?.Default, null);
        CompareExact(fields, "class", before.Class, after.Class);
        CompareExact(fields, "status", before.Status.ToString(), after.Status.ToString());
        CompareExact(fields, "tags", Join(before.Tags), Join(after.Tags));
        CompareExact(fields, "applicability", Join(before.Applicability.Select(a => $"{a.Key}: {Join(a.Value)}")), Join(after.Applicability.Select(a => $"{a.Key}: {Join(a.Value)}")));
        return fields.ToImmutable();
    }

    private static void Compare(ImmutableArray<FieldChange>.Builder fields, string name, string? before, string? after, IWordDiffer? differ)
    {
        if (!TextComparison.SameText(before, after))
        {
            fields.Add(new FieldChange(name, before, after, differ?.Diff(before ?? "", after ?? "")));
        }
    }

    private static void CompareExact(ImmutableArray<FieldChange>.Builder fields, string name, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            fields.Add(new FieldChange(name, before, after, null));
        }
    }

    private static string Join(IEnumerable<string> values) => string.Join(", ", values);
}
