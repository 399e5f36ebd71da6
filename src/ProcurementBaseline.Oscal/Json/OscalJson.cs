using System.Text.Json;

namespace ProcurementBaseline.Oscal.Json;

/// <summary>Small, forgiving reads of OSCAL JSON: a missing or mistyped member reads as absent.</summary>
internal static class OscalJson
{
    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>The values of the props named <paramref name="name"/>, in document order.</summary>
    public static IEnumerable<string> Props(this JsonElement element, string name) =>
        element.Array("props").Where(p => p.String("name") == name).Select(p => p.String("value")).OfType<string>();
}
