using System.Text.Json;
using System.Text.Json.Nodes;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Tests.Schemas;

/// <summary>Turns YAML into the JSON an editor's schema validator sees (YAML 1.2 core schema types).</summary>
internal static class YamlToJson
{
    public static JsonElement Convert(string yaml)
    {
        var root = YamlDocument.Parse(System.Text.Encoding.UTF8.GetBytes(yaml), new ReadContext("x.yaml", new DiagnosticBag()));
        return JsonSerializer.SerializeToElement(ToNode(root));
    }

    private static JsonNode? ToNode(YNode? node) => node switch
    {
        null => null,
        YMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToNode(e.Value)))),
        YSequence sequence => new JsonArray([.. sequence.Items.Select(ToNode)]),
        YScalar scalar => scalar.CoreType switch
        {
            "null" => null,
            "boolean" => JsonValue.Create(scalar.Value is "true" or "True" or "TRUE"),
            "number" => JsonNode.Parse(scalar.Value.TrimStart('+')),
            _ => JsonValue.Create(scalar.Value),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
