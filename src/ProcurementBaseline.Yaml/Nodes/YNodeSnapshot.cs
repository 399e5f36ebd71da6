using System.Text;

namespace ProcurementBaseline.Yaml.Nodes;

/// <summary>
/// A parsed node tree in a compact binary form, so a large file parsed once need not be parsed again: the same
/// nodes, values, quoting and positions, hence the same readings and the same diagnostics. <see cref="Read(byte[])"/> treats
/// its input as untrusted: anything malformed, too deep or too large for its length gives null, and the caller parses.
/// </summary>
public static class YNodeSnapshot
{
    private const uint Magic = 0x4E594250; // "PBYN"
    private const byte FormatVersion = 1;
    private const int MaxDepth = 256;

    private enum Tag : byte
    {
        Scalar,
        PlainScalar,
        Mapping,
        Sequence,
    }

    public static byte[] Write(YNode root)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            Write(writer, root);
        }

        return stream.ToArray();
    }

    public static YNode? Read(byte[] snapshot) => Read(snapshot, 0, snapshot.Length);

    public static YNode? Read(byte[] snapshot, int offset, int count)
    {
        try
        {
            using var stream = new MemoryStream(snapshot, offset, count, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadUInt32() != Magic || reader.ReadByte() != FormatVersion)
            {
                return null;
            }

            var root = ReadNode(reader, stream.Length, 0);
            return stream.Position == stream.Length ? root : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or InvalidDataException or ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter writer, YNode node)
    {
        switch (node)
        {
            case YScalar scalar:
                writer.Write((byte)(scalar.IsPlain ? Tag.PlainScalar : Tag.Scalar));
                Position(writer, node);
                writer.Write(scalar.Value);
                break;
            case YMapping mapping:
                writer.Write((byte)Tag.Mapping);
                Position(writer, node);
                writer.Write7BitEncodedInt(mapping.Entries.Count);
                foreach (var (key, value) in mapping.Entries)
                {
                    Write(writer, key);
                    Write(writer, value);
                }

                break;
            case YSequence sequence:
                writer.Write((byte)Tag.Sequence);
                Position(writer, node);
                writer.Write7BitEncodedInt(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                break;
            default:
                throw new ArgumentException($"cannot write a {node.GetType().Name}", nameof(node));
        }
    }

    private static void Position(BinaryWriter writer, YNode node)
    {
        writer.Write7BitEncodedInt(node.Line);
        writer.Write7BitEncodedInt(node.Column);
    }

    private static YNode ReadNode(BinaryReader reader, long length, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException("too deep");
        }

        var tag = (Tag)reader.ReadByte();
        var (line, column) = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
        switch (tag)
        {
            case Tag.Scalar or Tag.PlainScalar:
                return new YScalar(line, column, reader.ReadString(), tag == Tag.PlainScalar);
            case Tag.Mapping:
                var entries = new List<KeyValuePair<YScalar, YNode>>(Count(reader, length));
                for (var i = 0; i < entries.Capacity; i++)
                {
                    var key = ReadNode(reader, length, depth + 1) as YScalar ?? throw new InvalidDataException("a key that is not a scalar");
                    entries.Add(new(key, ReadNode(reader, length, depth + 1)));
                }

                return new YMapping(line, column, entries);
            case Tag.Sequence:
                var items = new List<YNode>(Count(reader, length));
                for (var i = 0; i < items.Capacity; i++)
                {
                    items.Add(ReadNode(reader, length, depth + 1));
                }

                return new YSequence(line, column, items);
            default:
                throw new InvalidDataException("an unknown node");
        }
    }

    /// <summary>A count no larger than the bytes left could hold (each node takes at least three), so no input can make us allocate for nothing.</summary>
    private static int Count(BinaryReader reader, long length)
    {
        var count = reader.Read7BitEncodedInt();
        return count < 0 || count > (length - reader.BaseStream.Position) / 3 ? throw new InvalidDataException("a count beyond the data") : count;
    }
}
