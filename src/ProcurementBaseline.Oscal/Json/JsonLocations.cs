using System.Text;
using System.Text.Json;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Oscal.Json;

/// <summary>
/// The line and column of JSON pointers (RFC 6901) in a document's bytes, found in one pass of the reader: a member
/// is placed at its name, an array item at its first character. A pointer the document lacks is placed at 1:1.
/// </summary>
public static class JsonLocations
{
    public static SourceLocation Find(ReadOnlyMemory<byte> json, string jsonPointer, string file) => FindAll(json, [jsonPointer], file)[jsonPointer];

    public static IReadOnlyDictionary<string, SourceLocation> FindAll(ReadOnlyMemory<byte> json, IReadOnlyCollection<string> pointers, string file)
    {
        var wanted = new HashSet<string>(pointers, StringComparer.Ordinal);
        var found = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var lines = new LineCounter();
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 100_000, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (found.Count < wanted.Count && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Name = reader.GetString() ?? string.Empty };
                        Record(ref reader);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count == 0 || frames[^1].IsArray)
                        {
                            if (frames.Count > 0)
                            {
                                frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                            }

                            Record(ref reader);
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, string.Empty));
                        }

                        break;
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

        void Record(ref Utf8JsonReader reader)
        {
            var pointer = Pointer(frames);
            if (wanted.Contains(pointer) && !found.ContainsKey(pointer))
            {
                var (line, column) = lines.At(reader.TokenStartIndex, json.Span);
                found[pointer] = new SourceLocation(file, line, column);
            }
        }
    }

    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Pointer(List<Frame> frames)
    {
        var pointer = new StringBuilder();
        foreach (var frame in frames)
        {
            pointer.Append('/');
            if (frame.IsArray)
            {
                pointer.Append(frame.Index);
            }
            else
            {
                pointer.Append(Escape(frame.Name));
            }
        }

        return pointer.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, string Name);

    /// <summary>Counts lines and characters (not bytes) up to offsets that only grow.</summary>
    private sealed class LineCounter
    {
        private long _scanned;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) At(long offset, ReadOnlySpan<byte> json)
        {
            for (; _scanned < offset; _scanned++)
            {
                var b = json[(int)_scanned];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    _column++;
                }
            }

            return (_line, _column);
        }
    }
}
