namespace ProcurementBaseline.Yaml.Nodes;

/// <summary>A node of a parsed YAML document, with the 1-based line and column where it starts.</summary>
public abstract class YNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What the node is, for messages: "a string", "a mapping", "a list".</summary>
    public abstract string Describe();
}
