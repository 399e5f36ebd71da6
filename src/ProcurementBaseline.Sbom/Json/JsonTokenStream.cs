using System.Buffers;
using System.Text;
using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Sbom.Json;

/// <summary>
/// JSON tokens read from a stream through a buffer that holds only the current stretch of the file (it grows only for
/// a single token longer than itself), with the line and column of each token. <see cref="Utf8JsonReader"/> does the
/// parsing; this keeps its state between refills so a 100 MB document is never held whole.
/// </summary>
internal sealed class JsonTokenStream : IDisposable
{
    private const int InitialBuffer = 64 * 1024;
    private const int MaxToken = 64 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly string _file;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int _start;
    private int _end;
    private bool _final;
    private long _bufferOffset;
    private JsonReaderState _state;

    // Line counting: everything before _scanned (an absolute offset) has been counted.
    private long _scanned;
    private int _line = 1;
    private long _lineStart;

    private const int MaxShared = 64;
    private const int MaxSharedCount = 4096;
    private readonly Dictionary<ulong, string> _shared = [];
    private readonly Token[] _tokens = new Token[1024];
    private int _next;
    private int _queued;
    private (string Message, long Offset)? _pending;
    private bool _ended;

    private int _valueStart;
    private int _valueLength;
    private bool _valueEscaped;
    private long _tokenOffset;

    public JsonTokenStream(Stream stream, string file, int maxDepth)
    {
        _stream = stream;
        _file = file;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        SkipByteOrderMark();
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The depth of the current token: 0 for the root's braces, 1 for its members.</summary>
    public int Depth { get; private set; }

    public long BytesRead => _bufferOffset + _start;

    public bool Read()
    {
        while (_next == _queued)
        {
            if (_pending is { } pending)
            {
                throw new SbomReadException(pending.Message, LocationOf(pending.Offset));
            }

            if (_ended)
            {
                return false;
            }

            Tokenise();
        }

        var token = _tokens[_next++];
        TokenType = token.Type;
        Depth = token.Depth;
        _tokenOffset = _bufferOffset + token.Start;
        _valueStart = token.ValueStart;
        _valueLength = token.ValueLength;
        _valueEscaped = token.Escaped;
        return true;
    }

    /// <summary>
    /// Reads a batch of tokens from the buffer with one reader (a reader per token costs more than the parsing), or
    /// refills the buffer when it holds no whole token. A problem found is raised only once the tokens before it are read.
    /// </summary>
    private void Tokenise()
    {
        _next = _queued = 0;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            while (_queued < _tokens.Length && reader.Read())
            {
                var start = _start + (int)reader.TokenStartIndex;
                var type = reader.TokenType;
                var isString = type is JsonTokenType.String or JsonTokenType.PropertyName;
                var token = new Token(type, reader.CurrentDepth, start, isString ? start + 1 : start, reader.ValueSpan.Length, reader.ValueIsEscaped);

                // Utf8JsonReader leaves strings it is not asked to decode unchecked: every one is checked here, so a
                // file with invalid UTF-8 anywhere is refused, not only where a value is read.
                if (isString && !System.Text.Unicode.Utf8.IsValid(_buffer.AsSpan(token.ValueStart, token.ValueLength)))
                {
                    _pending = ("a string is not valid UTF-8", _bufferOffset + start);
                    break;
                }

                _tokens[_queued++] = token;
            }
        }
        catch (JsonException e)
        {
            _pending = ($"the JSON is malformed: {Reason(e)}", OffsetOf(e));
        }

        _state = reader.CurrentState;
        _start += (int)reader.BytesConsumed;
        if (_queued == 0 && _pending is null)
        {
            if (_final)
            {
                _ended = true;
                _start = _end;
            }
            else
            {
                Refill();
            }
        }
    }

    /// <summary>Reads the next token, failing when the document ends first (a truncated file).</summary>
    public void Next()
    {
        if (!Read())
        {
            throw new SbomReadException("the document ends early (it may be truncated)", Location());
        }
    }

    /// <summary>Whether the current property name (or string) is this text.</summary>
    public bool Is(ReadOnlySpan<byte> utf8) =>
        _valueEscaped ? string.Equals(String(), StrictUtf8.GetString(utf8), StringComparison.Ordinal) : _buffer.AsSpan(_valueStart, _valueLength).SequenceEqual(utf8);

    /// <summary>The current string or property name, decoded; invalid UTF-8 is an error, not replaced.</summary>
    public string String()
    {
        try
        {
            if (!_valueEscaped)
            {
                return StrictUtf8.GetString(_buffer, _valueStart, _valueLength);
            }

            var quoted = _buffer.AsSpan(_valueStart - 1, _valueLength + 2);
            var reader = new Utf8JsonReader(quoted, isFinalBlock: true, state: default);
            reader.Read();
            return reader.GetString() ?? "";
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidOperationException or JsonException)
        {
            throw new SbomReadException("a string is not valid UTF-8", Location());
        }
    }

    /// <summary>
    /// The <see cref="StableHash"/> of the current value as a reference, or null when it is no meaningful string (blank,
    /// NOASSERTION, NONE, not a string; an object or array is skipped). Plain ASCII is hashed from the bytes, equal to
    /// hashing its decoded and trimmed text, so nothing is allocated for the common case.
    /// </summary>
    public ulong? ReferenceHash()
    {
        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            SkipCurrent();
            return null;
        }

        if (TokenType != JsonTokenType.String)
        {
            return null;
        }

        var bytes = _buffer.AsSpan(_valueStart, _valueLength);
        if (!_valueEscaped && bytes.Length > 0 && System.Text.Ascii.IsValid(bytes) && bytes[0] > (byte)' ' && bytes[^1] > (byte)' '
            && !System.Text.Ascii.EqualsIgnoreCase(bytes, "NOASSERTION"u8) && !System.Text.Ascii.EqualsIgnoreCase(bytes, "NONE"u8))
        {
            return StableHash.OfAscii(bytes);
        }

        return SbomValues.Meaningful(String()) is { } text ? StableHash.Of(text) : null;
    }

    /// <summary>The current scalar as text (a string's value, a number's or literal's digits), or null for JSON null.</summary>
    public string? Scalar() => TokenType switch
    {
        JsonTokenType.String => String(),
        JsonTokenType.Number => Encoding.ASCII.GetString(_buffer, _valueStart, _valueLength),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    /// <summary>Reads the next value: its text when it is a scalar, null (and the value skipped) when it is an object or array.</summary>
    public string? ReadScalar()
    {
        Next();
        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            SkipCurrent();
            return null;
        }

        return Scalar();
    }

    /// <summary>
    /// <see cref="ReadScalar"/> for values that repeat across components (types, hash algorithms, licence ids, property
    /// names, suppliers): a short plain-ASCII string is decoded once and then shared. The cache is bounded.
    /// </summary>
    public string? ReadSharedScalar()
    {
        Next();
        if (TokenType != JsonTokenType.String || _valueEscaped || _valueLength > MaxShared)
        {
            return TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? SkipAndNull() : Scalar();
        }

        var bytes = _buffer.AsSpan(_valueStart, _valueLength);
        if (!System.Text.Ascii.IsValid(bytes))
        {
            return String();
        }

        var key = StableHash.OfAscii(bytes);
        if (_shared.TryGetValue(key, out var known) && System.Text.Ascii.Equals(bytes, known))
        {
            return known;
        }

        var text = Encoding.ASCII.GetString(bytes);
        if (_shared.Count < MaxSharedCount)
        {
            _shared[key] = text;
        }

        return text;
    }

    private string? SkipAndNull()
    {
        SkipCurrent();
        return null;
    }

    /// <summary>Skips the value the reader is on (after a property name: the value that follows).</summary>
    public void SkipValue()
    {
        Next();
        SkipCurrent();
    }

    /// <summary>Skips the rest of the object or array whose start token is current; nothing for a scalar.</summary>
    public void SkipCurrent()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = Depth;
        do
        {
            Next();
        }
        while (!(TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth));
    }

    /// <summary>After a start of object: moves to the next property name, or returns false at the object's end.</summary>
    public bool NextProperty()
    {
        Next();
        return TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>After a start of array: moves to the next item, or returns false at the array's end.</summary>
    public bool NextItem()
    {
        Next();
        return TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Reads the next value and says whether it opens an object; anything else is skipped.</summary>
    public bool ReadObject()
    {
        Next();
        if (TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        SkipCurrent();
        return false;
    }

    /// <summary>Reads the next value and says whether it opens an array; anything else is skipped.</summary>
    public bool ReadArray()
    {
        Next();
        if (TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        SkipCurrent();
        return false;
    }

    /// <summary>Reads an array and calls <paramref name="item"/> with each item's first token current; anything but an array is skipped.</summary>
    public void Each(Action item)
    {
        if (!ReadArray())
        {
            return;
        }

        while (NextItem())
        {
            item();
        }
    }

    /// <summary>Reads an array and counts its items; anything but an array counts as none.</summary>
    public int CountItems()
    {
        var count = 0;
        Each(() =>
        {
            count++;
            SkipCurrent();
        });
        return count;
    }

    /// <summary>The line and column (1-based; the column counts bytes) of the current token.</summary>
    public SourceLocation Location() => LocationOf(_tokenOffset);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>The absolute offset a reader's exception points at: its line and byte position count from the reader's start.</summary>
    private long OffsetOf(JsonException e)
    {
        var span = _buffer.AsSpan(_start, _end - _start);
        var at = 0;
        for (var line = 0L; line < (e.LineNumber ?? 0); line++)
        {
            var next = span[at..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            at += next + 1;
        }

        return _bufferOffset + _start + Math.Min(span.Length, at + (e.BytePositionInLine ?? 0));
    }

    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd(' ', '.');
    }

    private SourceLocation LocationOf(long offset)
    {
        if (offset >= _scanned)
        {
            Count(offset);
        }

        return new SourceLocation(_file, _line, (int)Math.Min(int.MaxValue, offset - _lineStart + 1));
    }

    private void Count(long offset)
    {
        var from = (int)Math.Max(0, _scanned - _bufferOffset);
        var to = (int)Math.Min(_end, offset - _bufferOffset);
        var span = _buffer.AsSpan(from, Math.Max(0, to - from));
        var at = 0;
        while ((at = span.IndexOf((byte)'\n')) >= 0)
        {
            _line++;
            from += at + 1;
            _lineStart = _bufferOffset + from;
            span = span[(at + 1)..];
        }

        _scanned = Math.Max(_scanned, offset);
    }

    private void Refill()
    {
        Count(_bufferOffset + _start);
        var remaining = _end - _start;
        if (remaining == _buffer.Length)
        {
            if (_buffer.Length >= MaxToken)
            {
                throw new SbomReadException($"a single value is longer than {MaxToken / (1024 * 1024)} MiB", Location());
            }

            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, remaining).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        else
        {
            _buffer.AsSpan(_start, remaining).CopyTo(_buffer);
        }

        _bufferOffset += _start;
        _start = 0;
        _end = remaining;
        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _final = true;
                break;
            }

            _end += read;
        }
    }

    private void SkipByteOrderMark()
    {
        Refill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
        }
    }

    private readonly record struct Token(JsonTokenType Type, int Depth, int Start, int ValueStart, int ValueLength, bool Escaped);
}
