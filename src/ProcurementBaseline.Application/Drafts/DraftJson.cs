using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProcurementBaseline.Application.Drafts;

/// <summary>A draft's content as the store keeps it: compact JSON with kebab-case names.</summary>
public static class DraftJson
{
    public static string Write(DraftContent content) => JsonSerializer.Serialize(content, DraftJsonContext.Default.DraftContent);

    /// <summary>The content, or an empty draft when the stored text is not one (it is only ever written by <see cref="Write"/>).</summary>
    public static DraftContent Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, DraftJsonContext.Default.DraftContent) ?? new DraftContent();
        }
        catch (JsonException)
        {
            return new DraftContent();
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower)]
[JsonSerializable(typeof(DraftContent))]
internal sealed partial class DraftJsonContext : JsonSerializerContext;
