using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProcurementBaseline.Oscal.Writing;

/// <summary>Building blocks of OSCAL JSON: props, links, parts, and members left out when they have nothing to say.</summary>
public static class OscalNodes
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document as UTF-8 text: indented, non-ASCII kept readable, one newline at the end.</summary>
    public static string Serialize(JsonObject document) => document.ToJsonString(Indented) + "\n";

    /// <summary>Sets <paramref name="name"/> unless the value is null, an empty string or an empty array.</summary>
    public static JsonObject With(this JsonObject node, string name, JsonNode? value)
    {
        if (value is not null && !(value is JsonArray { Count: 0 }) && !(value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0))
        {
            node[name] = value;
        }

        return node;
    }

    public static JsonObject With(this JsonObject node, string name, string? value) =>
        node.With(name, value is null ? null : JsonValue.Create(value));

    public static JsonArray Array(IEnumerable<JsonNode?> items) => [.. items.Where(i => i is not null)];

    /// <summary>A prop in our namespace, or in <paramref name="ns"/>; null (left out) when there is no value.</summary>
    public static JsonObject? Prop(string name, string? value, string? ns = OscalNamespace.Uri, string? @class = null) =>
        string.IsNullOrEmpty(value)
            ? null
            : new JsonObject().With("name", name).With("ns", ns).With("value", value).With("class", @class);

    public static JsonObject Link(string href, string rel, string? text = null) =>
        new JsonObject().With("href", href).With("rel", rel).With("text", text);

    /// <summary>A relative path as a URI reference: each segment percent-encoded, so a space or '#' in a file name stays in it.</summary>
    public static string PathHref(string path) => string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>A date as OSCAL's date-time with time zone: midnight UTC.</summary>
    public static string DateTime(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The metadata every OSCAL document carries: title, last modified, version and the OSCAL version.</summary>
    public static JsonObject Metadata(string title, DateOnly lastModified, string version) =>
        new JsonObject()
            .With("title", title)
            .With("last-modified", DateTime(lastModified))
            .With("version", version)
            .With("oscal-version", OscalNamespace.OscalVersion);
}
