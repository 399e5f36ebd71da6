namespace ProcurementBaseline.Yaml.Nodes;

public sealed class YScalar(int line, int column, string value, bool isPlain) : YNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>True when the scalar was written without quotes or block style, so YAML's null words apply.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : "a string";
}
