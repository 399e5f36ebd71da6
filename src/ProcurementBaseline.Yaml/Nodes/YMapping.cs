namespace ProcurementBaseline.Yaml.Nodes;

/// <summary>A mapping with its entries in document order. Duplicate keys were reported and dropped while parsing.</summary>
public sealed class YMapping(int line, int column, IReadOnlyList<KeyValuePair<YScalar, YNode>> entries) : YNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public override string Describe() => "a mapping";

    public YNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (string.Equals(k.Value, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }
}
