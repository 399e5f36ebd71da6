namespace ProcurementBaseline.Yaml.Nodes;

public sealed class YSequence(int line, int column, IReadOnlyList<YNode> items, bool isStreamed = false) : YNode(line, column)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    /// <summary>True when the items were handed to the reader one by one as they were parsed and are not kept here.</summary>
    public bool IsStreamed { get; } = isStreamed;

    public override string Describe() => "a list";
}
