using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>The assessment contract's JSON: kebab-case names like the YAML formats, indented, nulls left out, non-ASCII text kept readable.</summary>
public static class ApplicationJson
{
    private static readonly ApplicationJsonContext Context = new(new JsonSerializerOptions(ApplicationJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>An assessment this tool wrote (the registry keeps one per submission); null when the bytes are not one.</summary>
    public static AssessmentJson? ReadAssessment(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, Context.AssessmentJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!) + "\n";
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AssessmentJson))]
[JsonSerializable(typeof(PortfolioJson))]
[JsonSerializable(typeof(AssessmentRunJson))]
[JsonSerializable(typeof(Comparison.ComparisonJson))]
[JsonSerializable(typeof(Planning.PlanJson))]
[JsonSerializable(typeof(Sboms.SbomCheckJson))]
internal sealed partial class ApplicationJsonContext : JsonSerializerContext;
