using DiffPlex;
using DiffPlex.Chunkers;
using ProcurementBaseline.Versions;

namespace ProcurementBaseline.Analysis;

/// <summary>
/// Word-level diffs with DiffPlex (Myers' algorithm). Words are compared as <see cref="TextComparison.Normalise"/>
/// sees them, so a changed comma or quote mark is no change, but shown as written; adjacent words of one kind are
/// merged into one segment.
/// </summary>
public sealed class DiffPlexWordDiffer : IWordDiffer
{
    private static readonly Differ Differ = new();

    public WordDiff Diff(string oldText, string newText)
    {
        var before = Words(oldText);
        var after = Words(newText);
        var result = Differ.CreateDiffs(Keys(before), Keys(after), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var segments = new List<DiffSegment>();
        var oldAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffOperation.Same, before, oldAt, block.DeleteStartA - oldAt);
            Add(segments, DiffOperation.Deleted, before, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffOperation.Inserted, after, block.InsertStartB, block.InsertCountB);
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffOperation.Same, before, oldAt, before.Count - oldAt);
        return new WordDiff([.. segments]);
    }

    /// <summary>The words as written, each with its comparison key; pure punctuation rides on the word before it.</summary>
    private static List<(string Shown, string Key)> Words(string text)
    {
        var words = new List<(string Shown, string Key)>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var key = TextComparison.Normalise(token);
            if (key.Length == 0 && words.Count > 0)
            {
                words[^1] = ($"{words[^1].Shown} {token}", words[^1].Key);
            }
            else
            {
                words.Add((token, key));
            }
        }

        return words;
    }

    private static string Keys(List<(string Shown, string Key)> words) => string.Join('\n', words.Select(w => w.Key));

    private static void Add(List<DiffSegment> segments, DiffOperation operation, List<(string Shown, string Key)> words, int start, int count)
    {
        if (count > 0)
        {
            segments.Add(new DiffSegment(operation, string.Join(' ', words.Skip(start).Take(count).Select(w => w.Shown))));
        }
    }
}
