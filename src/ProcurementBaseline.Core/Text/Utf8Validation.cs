using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ProcurementBaseline.Text;

/// <summary>Where UTF-8 bytes stop being UTF-8: the first invalid byte, with its 1-based line and column, for every format read as text.</summary>
public static class Utf8Validation
{
    /// <summary>Null when the bytes are valid UTF-8; else the first invalid byte, its offset, line and column (in characters).</summary>
    public static (byte Byte, int Offset, int Line, int Column)? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length && Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var (line, column) = PositionOf(bytes, offset);
        return (bytes[offset], offset, line, column);
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    public static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
