namespace ProcurementBaseline.Sbom.Reading;

/// <summary>A stream whose first bytes were read ahead to tell its format: it serves them again, then the rest.</summary>
internal sealed class PeekedStream(byte[] head, int length, Stream rest) : Stream
{
    private int _position;

    public ReadOnlySpan<byte> Head => head.AsSpan(0, length);

    public static PeekedStream Open(Stream stream, int size)
    {
        var head = new byte[size];
        var filled = 0;
        int read;
        while (filled < size && (read = stream.Read(head, filled, size - filled)) > 0)
        {
            filled += read;
        }

        return new PeekedStream(head, filled, stream);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < length)
        {
            var n = Math.Min(count, length - _position);
            Array.Copy(head, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        return rest.Read(buffer, offset, count);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
