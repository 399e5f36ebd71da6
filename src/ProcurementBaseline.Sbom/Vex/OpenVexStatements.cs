using System.Collections.Immutable;
using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sbom.Vex;

/// <summary>OpenVEX statements: one per product named, the vulnerability by name (0.2) or as a string (0.0.x).</summary>
internal static class OpenVexStatements
{
    public static ImmutableArray<VexStatement> Read(JsonElement root, string file)
    {
        var statements = ImmutableArray.CreateBuilder<VexStatement>();
        if (!root.TryGetProperty("statements", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("an OpenVEX document has a statements array");
        }

        foreach (var statement in list.EnumerateArray())
        {
            if (statement.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var vulnerability = statement.TryGetProperty("vulnerability", out var v)
                ? v.ValueKind == JsonValueKind.String ? v.GetString() : Text(v, "name") ?? Text(v, "@id")
                : null;
            var status = Text(statement, "status") switch
            {
                "not_affected" => VexStatus.NotAffected,
                "fixed" => VexStatus.Fixed,
                "under_investigation" => VexStatus.UnderInvestigation,
                _ => VexStatus.Affected,
            };
            var response = Text(statement, "action_statement") is { Length: > 0 };
            var justification = Text(statement, "justification");
            if (!statement.TryGetProperty("products", out var products) || products.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var product in products.EnumerateArray())
            {
                var id = product.ValueKind == JsonValueKind.String ? product.GetString() : Text(product, "@id") ?? Identifier(product);
                if (id is not null)
                {
                    statements.Add(new VexStatement(vulnerability ?? "(unnamed vulnerability)", id, status, response, justification, SourceLocation.WholeFile(file)));
                }
            }
        }

        return statements.ToImmutable();
    }

    private static string? Identifier(JsonElement product) =>
        product.ValueKind == JsonValueKind.Object && product.TryGetProperty("identifiers", out var ids) && ids.ValueKind == JsonValueKind.Object ? Text(ids, "purl") : null;

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
