using System.Collections.Immutable;
using System.Text.Json;
using Json.Schema;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Sbom.Validation;

/// <summary>
/// Validates SBOM JSON against the official schemas, named as their projects publish them (bom-1.6.schema.json,
/// spdx-2.3.schema.json, spdx-3.0.1.schema.json, with the files they reference). procbase does not ship the schemas;
/// the caller gives their texts. The document is parsed whole for this, so it is limited in size.
/// </summary>
public sealed class SbomSchemaValidator
{
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    private readonly Dictionary<string, JsonSchema> _byFile = new(StringComparer.Ordinal);

    private SbomSchemaValidator()
    {
    }

    public IEnumerable<string> Files => _byFile.Keys.Order(StringComparer.Ordinal);

    /// <summary>Builds a validator from schema files' names and texts; the reason for each file that is not a schema is given.</summary>
    public static SbomSchemaValidator Load(IEnumerable<(string Name, string Text)> schemas, out ImmutableArray<string> errors)
    {
        var validator = new SbomSchemaValidator();
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var problems = ImmutableArray.CreateBuilder<string>();
        // Referenced schemas first, so the main ones resolve them as they are built.
        foreach (var (name, text) in schemas.OrderBy(s => s.Name.StartsWith("bom-", StringComparison.Ordinal) || s.Name.StartsWith("spdx-", StringComparison.Ordinal)).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            try
            {
                validator._byFile[name] = JsonSchema.FromText(text, options, new Uri($"http://cyclonedx.org/schema/{name}"));
            }
            catch (Exception ex) when (ex is JsonException or JsonSchemaException or RefResolutionException or ArgumentException)
            {
                problems.Add($"{name}: {ex.Message}");
            }
        }

        errors = problems.ToImmutable();
        return validator;
    }

    /// <summary>The schema file for a document's format and version ("bom-1.6.schema.json"), whether or not it was loaded.</summary>
    public static string SchemaFile(SbomFormat format, string? version) => format switch
    {
        SbomFormat.CycloneDxJson => $"bom-{version}.schema.json",
        SbomFormat.Spdx2Json => $"spdx-{version?.Replace("SPDX-", "", StringComparison.Ordinal)}.schema.json",
        SbomFormat.Spdx3JsonLd => $"spdx-{version}.schema.json",
        _ => $"bom-{version}.xsd",
    };

    public bool Has(SbomFormat format, string? version) => _byFile.ContainsKey(SchemaFile(format, version));

    /// <summary>One PB1909 per failing location (at most <paramref name="max"/>); none when valid or when no schema for it is loaded.</summary>
    public ImmutableArray<Diagnostic> Validate(ReadOnlyMemory<byte> json, SbomFormat format, string? version, string file, int max = 20)
    {
        if (!_byFile.TryGetValue(SchemaFile(format, version), out var schema))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4096 });
        if (schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var failures = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && FailsThroughout(d))
            .SelectMany(d => d.Errors!.Select(e => (Pointer: d.InstanceLocation.ToString(), Message: e.Value.Contains("false schema", StringComparison.Ordinal) ? "a member the schema does not allow here" : $"{e.Key}: {e.Value}")))
            .GroupBy(f => f.Pointer, StringComparer.Ordinal)
            .Select(g => (g.Key, Message: string.Join("; ", g.Select(f => f.Message).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(3))))
            .Take(max)
            .ToList();
        var locations = JsonLocations.FindAll(json, [.. failures.Select(f => f.Key)], file);
        return [.. failures.Select(f => Diagnostic.Create(DiagnosticCodes.SbomSchemaInvalid, locations[f.Key], $"{(f.Key.Length == 0 ? "the document" : f.Key)}: {f.Message} (against {SchemaFile(format, version)})"))];
    }

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
}
