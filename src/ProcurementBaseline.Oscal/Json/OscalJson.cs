using System.Globalization;
using System.Text.Json;
using ProcurementBaseline.Oscal.Writing;

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

    /// <summary>The props in our namespace named <paramref name="name"/> that have a value, in document order.</summary>
    public static IEnumerable<JsonElement> OursAll(this JsonElement element, string name) =>
        element.Array("props").Where(p => p.String("name") == name && p.String("ns") == OscalNamespace.Uri && p.String("value") is not null);

    /// <summary>The value of the first prop in our namespace named <paramref name="name"/>.</summary>
    public static string? Ours(this JsonElement element, string name) => element.OursAll(name).Select(p => p.String("value")).FirstOrDefault();

    /// <summary>An OSCAL date or date-time as the day it falls on in UTC; null when it is neither.</summary>
    public static DateOnly? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date.UtcDateTime)
            : null;
}
