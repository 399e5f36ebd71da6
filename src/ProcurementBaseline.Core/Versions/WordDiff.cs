using System.Collections.Immutable;

namespace ProcurementBaseline.Versions;

/// <summary>Whether a run of words is in both texts, only the new one, or only the old one.</summary>
public enum DiffOperation
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of words with what happened to it.</summary>
public sealed record DiffSegment(DiffOperation Operation, string Text);

/// <summary>A word-level difference between two texts.</summary>
public sealed record WordDiff(ImmutableArray<DiffSegment> Segments)
{
    public bool HasInsertions => Segments.Any(s => s.Operation == DiffOperation.Inserted);

    public bool HasDeletions => Segments.Any(s => s.Operation == DiffOperation.Deleted);

    /// <summary>The diff inline: <c>[-removed-]</c> and <c>{+added+}</c>, as <c>git diff --word-diff</c> writes it.</summary>
    public override string ToString() => string.Join(" ", Segments.Select(s => s.Operation switch
    {
        DiffOperation.Inserted => $"{{+{s.Text}+}}",
        DiffOperation.Deleted => $"[-{s.Text}-]",
        _ => s.Text,
    }));
}

/// <summary>Computes word-level diffs; the implementation lives outside the core (a diff library).</summary>
public interface IWordDiffer
{
    WordDiff Diff(string oldText, string newText);
}
