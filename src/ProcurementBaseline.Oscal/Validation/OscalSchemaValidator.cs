using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ProcurementBaseline.Text;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Oscal.Validation;

/// <summary>
/// Validates an OSCAL document against NIST's complete JSON Schema, against its own model's definition (not the
/// schema's top-level <c>oneOf</c>, which reports the errors of every model that does not apply). procbase does not
/// ship the schema; the caller reads it (oscal_complete_schema-1.2.2.json from a NIST release).
/// </summary>
public sealed class OscalSchemaValidator
{
    private readonly Dictionary<string, JsonSchema> _models = new(StringComparer.Ordinal);

    private OscalSchemaValidator(IEnumerable<KeyValuePair<string, JsonSchema>> models)
    {
        foreach (var (model, schema) in models)
        {
            _models[model] = schema;
        }
    }

    /// <summary>The models the schema defines, such as <c>catalog</c> and <c>assessment-results</c>.</summary>
    public IEnumerable<string> Models => _models.Keys.Order(StringComparer.Ordinal);

    /// <summary>Builds a validator from the complete schema's text; null with the reason when it is not one.</summary>
    public static OscalSchemaValidator? Load(string schemaText, out string? error)
    {
        error = null;
        try
        {
            var registry = new SchemaRegistry();
            var options = new BuildOptions { SchemaRegistry = registry };
            var complete = JsonSchema.FromText(schemaText, options);
            var id = complete.BaseUri;
            var definitions = JsonNode.Parse(schemaText)?["definitions"]?.AsObject();
            if (definitions is null)
            {
                error = "it has no definitions";
                return null;
            }

            var models = new List<KeyValuePair<string, JsonSchema>>();
            foreach (var (name, _) in definitions)
            {
                // A model's own definition is named "oscal-complete-oscal-<module>:<model>" and holds the model's body.
                if (name.StartsWith("oscal-complete-oscal-", StringComparison.Ordinal) && ModelNames.Contains(name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..]))
                {
                    var model = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];
                    var reference = $$"""{"$ref": "{{id}}#/definitions/{{name}}"}""";
                    models.Add(KeyValuePair.Create(model, JsonSchema.FromText(reference, options, new Uri($"urn:procbase:oscal-model:{model}"))));
                }
            }

            return models.Count == 0 ? Fail("it defines no OSCAL model", out error) : new OscalSchemaValidator(models);
        }
        catch (Exception ex) when (ex is JsonException or JsonSchemaException or RefResolutionException or ArgumentException)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>The root models OSCAL 1.2 defines.</summary>
    public static ImmutableHashSet<string> ModelNames { get; } = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "catalog", "profile", "mapping-collection", "component-definition", "system-security-plan",
        "assessment-plan", "assessment-results", "plan-of-action-and-milestones");

    /// <summary>Checks the document's model body; one PB1214 per failing location (the deepest reason there).</summary>
    public ImmutableArray<Diagnostic> Validate(ReadOnlyMemory<byte> json, JsonElement root, string model, string file)
    {
        if (!_models.TryGetValue(model, out var schema) || !root.TryGetProperty(model, out var body))
        {
            return [];
        }

        // A valid document is the common case: the flag evaluation keeps no result tree (a 100 MB catalog would need
        // gigabytes for one); only an invalid document is evaluated again to say where and why.
        if (schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && FailsThroughout(d))
            .SelectMany(d => d.Errors!.Select(e => (Pointer: $"/{JsonLocations.Escape(model)}{d.InstanceLocation}", Message: Explain(e.Key, e.Value, d.InstanceLocation.ToString(), model))))
            .GroupBy(f => f.Pointer, StringComparer.Ordinal)
            .Select(g => (g.Key, Message: string.Join("; ", g.Select(f => f.Message).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(3))))
            .ToList();
        var locations = JsonLocations.FindAll(json, [.. failures.Select(f => f.Key)], file);
        return [.. failures.Select(f => Diagnostic.Create(DiagnosticCodes.OscalSchemaViolation, locations[f.Key], f.Message, f.Key))];
    }

    // JsonSchema.Net says "All values fail against the false schema" for a member that additionalProperties forbids.
    private static string Explain(string keyword, string message, string pointer, string model) =>
        message.Contains("false schema", StringComparison.Ordinal)
            ? $"'{pointer[(pointer.LastIndexOf('/') + 1)..]}' is not a member the OSCAL {model} model allows here"
            : keyword.Length == 0 ? message : $"{keyword}: {message}";

    /// <summary>
    /// Whether every schema node above this failure failed too; a failure under a node that passed is a branch of an
    /// anyOf or oneOf that another branch satisfied, and says nothing about the document.
    /// </summary>
    private static bool FailsThroughout(EvaluationResults result)
    {
        for (var node = result; node is not null; node = node.Parent)
        {
            if (node.IsValid)
            {
                return false;
            }
        }

        return true;
    }

    private static OscalSchemaValidator? Fail(string reason, out string? error)
    {
        error = reason;
        return null;
    }
}
