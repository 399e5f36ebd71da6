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

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
