using System.Text;
using System.Runtime.InteropServices;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>Strict UTF-8: a file in another encoding is named, and an invalid byte is reported where it is, instead of replaced.</summary>
public static class Utf8Text
{
    /// <summary>
    /// The bytes as UTF-8 text to parse, without a byte order mark; null, after reporting, when they are in another
    /// encoding or hold an invalid byte. Nothing is decoded here: <see cref="Reader"/> decodes as the parser reads.
    /// </summary>
    public static ReadOnlyMemory<byte>? Check(ReadOnlyMemory<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        var span = bytes.Span;
        if (OtherEncoding(span) is { } encoding)
        {
            diagnostics.Add(DiagnosticCodes.WrongEncoding, new SourceLocation(file, 1, 1), encoding);
            return null;
        }

        if (span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
            span = bytes.Span;
        }

        if (Utf8Validation.FirstInvalid(span) is not { } invalid)
        {
            return bytes;
        }

        diagnostics.Add(DiagnosticCodes.InvalidUtf8, new SourceLocation(file, invalid.Line, invalid.Column), invalid.Byte);
        return null;
    }

    /// <summary>A reader that decodes checked UTF-8 as it is read, so a large file is never held twice as text.</summary>
    public static TextReader Reader(ReadOnlyMemory<byte> utf8)
    {
        var stream = MemoryMarshal.TryGetArray(utf8, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(utf8.ToArray(), writable: false);
        return new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
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
}
