using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>Strict UTF-8 decoding that reports where the first invalid byte is, instead of replacing it.</summary>
public static class Utf8Text
{
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (OtherEncoding(bytes) is { } encoding)
        {
            diagnostics.Add(DiagnosticCodes.WrongEncoding, new SourceLocation(file, 1, 1), encoding);
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            var (line, column) = PositionOf(bytes, read);
            diagnostics.Add(DiagnosticCodes.InvalidUtf8, new SourceLocation(file, line, column), bytes[read]);
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The encoding a file is in when it is plainly not UTF-8: a UTF-16 or UTF-32 byte order mark, or, without one, the
    /// zero bytes every other (or every fourth) byte that ASCII text has in those encodings.
    /// </summary>
    private static string? OtherEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE, (byte)0, (byte)0]))
        {
            return "UTF-32 (little-endian)";
        }

        if (bytes.StartsWith([(byte)0, (byte)0, (byte)0xFE, (byte)0xFF]))
        {
            return "UTF-32 (big-endian)";
        }

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return "UTF-16 (little-endian)";
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return "UTF-16 (big-endian)";
        }

        if (bytes.Length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
        {
            return "UTF-16 (little-endian, without a byte order mark)";
        }

        return bytes.Length >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0
            ? "UTF-16 (big-endian, without a byte order mark)"
            : null;
    }

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
