namespace ProcurementBaseline.Yaml.Nodes;

public sealed class YSequence(int line, int column, IReadOnlyList<YNode> items) : YNode(line, column)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string Describe() => "a list";
}
