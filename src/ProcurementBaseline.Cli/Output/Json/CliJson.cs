using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProcurementBaseline.Cli.Output.Json;

/// <summary>JSON output: kebab-case names like the YAML formats, indented, nulls left out, non-ASCII text kept readable.</summary>
public static class CliJson
{
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!) + "\n";
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ValidationReportJson))]
[JsonSerializable(typeof(AttestationValidationJson))]
[JsonSerializable(typeof(CatalogListJson))]
[JsonSerializable(typeof(CatalogDetailJson))]
[JsonSerializable(typeof(ControlJson))]
[JsonSerializable(typeof(MapCheckJson))]
[JsonSerializable(typeof(MatrixJson))]
[JsonSerializable(typeof(CatalogDiffJson))]
[JsonSerializable(typeof(BaselineListJson))]
[JsonSerializable(typeof(SuggestionsJson))]
[JsonSerializable(typeof(EvaluationsJson))]
[JsonSerializable(typeof(ExplanationJson))]
[JsonSerializable(typeof(HarmonisationJson))]
[JsonSerializable(typeof(BundleVerificationJson))]
[JsonSerializable(typeof(AttestationImpactJson))]
[JsonSerializable(typeof(RetargetJson))]
[JsonSerializable(typeof(BaselineDetailJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
