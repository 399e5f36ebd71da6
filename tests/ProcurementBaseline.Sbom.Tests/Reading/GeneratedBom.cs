using System.Text;

namespace ProcurementBaseline.Tests.Reading;

/// <summary>A CycloneDX BOM of any number of components written as it is read, so a million-component test holds no file.</summary>
internal sealed class GeneratedBom(int components) : Stream
{
    private readonly byte[] _head = Encoding.UTF8.GetBytes("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"metadata\":{\"timestamp\":\"2026-01-01T00:00:00Z\"},\"components\":[");
    private readonly byte[] _tail = Encoding.UTF8.GetBytes("]}");
    private byte[] _pending = [];
    private int _offset;
    private int _next = -1;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _pending.Length)
        {
            if (_next > components)
            {
                return 0;
            }

            _pending = _next switch
            {
                -1 => _head,
                var n when n == components => _tail,
                var n => Encoding.UTF8.GetBytes($"{(n == 0 ? "" : ",")}{{\"type\":\"library\",\"bom-ref\":\"c{n}\",\"name\":\"component-{n}\",\"version\":\"1.{n}\",\"purl\":\"pkg:npm/component-{n}@1.{n}\",\"supplier\":{{\"name\":\"Supplier {n % 97}\"}}}}"),
            };
            _next++;
            _offset = 0;
        }

        var copied = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, copied);
        _offset += copied;
        return copied;
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
