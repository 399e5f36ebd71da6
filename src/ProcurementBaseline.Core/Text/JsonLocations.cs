using System.Globalization;
using System.Text.Json;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Text;

/// <summary>
/// The line and column of JSON pointers (RFC 6901) in a document's bytes, found in one pass of the reader: a member
/// is placed at its name, an array item at its first character. Containers on no wanted pointer's path are skipped
/// unread. A pointer the document lacks is placed at 1:1.
/// </summary>
public static class JsonLocations
{
    public static SourceLocation Find(ReadOnlyMemory<byte> json, string jsonPointer, string file) => FindAll(json, [jsonPointer], file)[jsonPointer];

    public static IReadOnlyDictionary<string, SourceLocation> FindAll(ReadOnlyMemory<byte> json, IReadOnlyCollection<string> pointers, string file)
    {
        var wanted = new HashSet<string>(pointers, StringComparer.Ordinal);
        var paths = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        foreach (var pointer in wanted)
        {
            for (var slash = pointer.IndexOf('/', 1); slash > 0; slash = pointer.IndexOf('/', slash + 1))
            {
                paths.Add(pointer[..slash]);
            }

            paths.Add(pointer);
        }

        var found = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var lines = new LineCounter();
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 100_000, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            string? member = null;
            while (found.Count < wanted.Count && reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    member = $"{frames.Peek().Pointer}/{Escape(reader.GetString() ?? string.Empty)}";
                    Record(member, ref reader);
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                // A value: of the member just named, or the next item of the enclosing array, or the root.
                var pointer = member;
                member = null;
                if (pointer is null)
                {
                    if (frames.TryPeek(out var array))
                    {
                        array.Index++;
                        pointer = $"{array.Pointer}/{array.Index.ToString(CultureInfo.InvariantCulture)}";
                        Record(pointer, ref reader);
                    }
                    else
                    {
                        pointer = string.Empty;
                        Record(pointer, ref reader);
                    }
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (paths.Contains(pointer))
                    {
                        frames.Push(new Frame(pointer));
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The pointers after a syntax error cannot be placed; they keep 1:1.
        }

        foreach (var pointer in wanted)
        {
            found.TryAdd(pointer, new SourceLocation(file, 1, 1));
        }

        return found;

        void Record(string pointer, ref Utf8JsonReader reader)
        {
            if (wanted.Contains(pointer) && !found.ContainsKey(pointer))
            {
                var (line, column) = lines.At(reader.TokenStartIndex, json.Span);
                found[pointer] = new SourceLocation(file, line, column);
            }
        }
    }

    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private sealed class Frame(string pointer)
    {
        public string Pointer { get; } = pointer;

        public int Index { get; set; } = -1;
    }

    /// <summary>Counts lines and characters (not bytes) up to offsets that only grow.</summary>
    private sealed class LineCounter
    {
        private long _scanned;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) At(long offset, ReadOnlySpan<byte> json)
        {
            var span = json[(int)_scanned..(int)offset];
            var newlines = span.Count((byte)'\n');
            if (newlines > 0)
            {
                _line += newlines;
                span = span[(span.LastIndexOf((byte)'\n') + 1)..];
                _column = 1;
            }

            _column += System.Text.Encoding.UTF8.GetCharCount(span);
            _scanned = offset;
            return (_line, _column);
        }
    }
}
