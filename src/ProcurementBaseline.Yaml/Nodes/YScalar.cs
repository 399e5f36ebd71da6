using System.Text.RegularExpressions;

namespace ProcurementBaseline.Yaml.Nodes;

public sealed partial class YScalar(int line, int column, string value, bool isPlain) : YNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>True when the scalar was written without quotes or block style, so YAML's null words apply.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// What a YAML 1.2 core-schema reader (an editor with the JSON Schema, say) takes this scalar for:
    /// unquoted <c>1.1</c> is a number and <c>true</c> a boolean, not strings.
    /// </summary>
    public string CoreType =>
        !IsPlain ? "string"
        : IsNull ? "null"
        : Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" ? "boolean"
        : CoreNumber().IsMatch(Value) ? "number"
        : "string";

    public override string Describe() => CoreType switch
    {
        "string" => "a string",
        "null" => "null",
        var type => $"a {type} (quote it to make it a string)",
    };

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreNumber();
}
