using System.Globalization;
using System.Text;

namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>
/// The console as procbase writes to it: every control character but line feed and tab, the bidirectional overrides
/// and lone surrogates are written as <c>\u001b</c>, whatever command and whatever input produced them, so no input
/// can move the cursor, clear the screen or overwrite a line. Commands also make input text one line
/// (<see cref="Text.VisibleText"/>); this is the net under them.
/// </summary>
internal sealed class VisibleWriter(TextWriter inner) : TextWriter
{
    private char _pendingHigh;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value)
    {
        if (_pendingHigh != '\0')
        {
            var high = _pendingHigh;
            _pendingHigh = '\0';
            if (char.IsLowSurrogate(value))
            {
                inner.Write(high);
                inner.Write(value);
                return;
            }

            Escape(high);
        }

        if (char.IsHighSurrogate(value))
        {
            _pendingHigh = value;
        }
        else if (char.IsLowSurrogate(value) || IsHidden(value))
        {
            Escape(value);
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <summary>Runs of plain characters go to the writer below whole: the console flushes on every write.</summary>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        var run = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var c = buffer[i];
            if (_pendingHigh == '\0' && !char.IsSurrogate(c) && !IsHidden(c))
            {
                continue;
            }

            if (i > run)
            {
                inner.Write(buffer[run..i]);
            }

            Write(c);
            run = i + 1;
        }

        if (run < buffer.Length)
        {
            inner.Write(buffer[run..]);
        }
    }

    public override void Flush() => inner.Flush();

    private static bool IsHidden(char c) =>
        (c < ' ' && c is not ('\n' or '\t')) || c is >= '\u007f' and <= '\u009f' || c is '\u2028' or '\u2029' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    private void Escape(char c) => inner.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
}
