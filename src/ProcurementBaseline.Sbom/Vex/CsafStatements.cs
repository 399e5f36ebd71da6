using System.Collections.Immutable;
using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sbom.Vex;

/// <summary>
/// CSAF 2.0 VEX: each vulnerability's product_status lists product ids, which the product tree maps to a purl (or, failing
/// one, the product's name). A product with a remediation for the vulnerability has a response.
/// </summary>
internal static class CsafStatements
{
    public static ImmutableArray<VexStatement> Read(JsonElement root, string file)
    {
        var products = Products(root);
        var statements = ImmutableArray.CreateBuilder<VexStatement>();
        if (!root.TryGetProperty("vulnerabilities", out var vulnerabilities) || vulnerabilities.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        foreach (var vulnerability in vulnerabilities.EnumerateArray())
        {
            var id = OpenVexStatements.Text(vulnerability, "cve") ?? "(unnamed vulnerability)";
            var remediated = new HashSet<string>(StringComparer.Ordinal);
            if (vulnerability.TryGetProperty("remediations", out var remediations) && remediations.ValueKind == JsonValueKind.Array)
            {
                foreach (var remediation in remediations.EnumerateArray())
                {
                    remediated.UnionWith(Ids(remediation, "product_ids"));
                }
            }

            if (!vulnerability.TryGetProperty("product_status", out var status) || status.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var (member, vex) in new[]
            {
                ("known_affected", VexStatus.Affected), ("known_not_affected", VexStatus.NotAffected), ("fixed", VexStatus.Fixed),
                ("first_fixed", VexStatus.Fixed), ("under_investigation", VexStatus.UnderInvestigation),
            })
            {
                foreach (var product in Ids(status, member))
                {
                    statements.Add(new VexStatement(id, products.GetValueOrDefault(product, product), vex, remediated.Contains(product), null, SourceLocation.WholeFile(file)));
                }
            }
        }

        return statements.ToImmutable();
    }

    private static IEnumerable<string> Ids(JsonElement element, string name) =>
        element.TryGetProperty(name, out var ids) && ids.ValueKind == JsonValueKind.Array
            ? ids.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!)
            : [];

    /// <summary>Product id to purl (or name), from branches (walked without recursion), full_product_names and relationships.</summary>
    private static Dictionary<string, string> Products(JsonElement root)
    {
        var products = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("product_tree", out var tree) || tree.ValueKind != JsonValueKind.Object)
        {
            return products;
        }

        var pending = new Stack<JsonElement>();
        pending.Push(tree);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (node.TryGetProperty("product", out var product))
            {
                Add(product);
            }

            foreach (var list in new[] { "branches", "full_product_names", "relationships" })
            {
                if (node.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in items.EnumerateArray())
                    {
                        if (list == "full_product_names")
                        {
                            Add(item);
                        }
                        else if (list == "relationships" && item.ValueKind == JsonValueKind.Object && item.TryGetProperty("full_product_name", out var full))
                        {
                            Add(full);
                        }
                        else
                        {
                            pending.Push(item);
                        }
                    }
                }
            }
        }

        return products;

        void Add(JsonElement product)
        {
            if (OpenVexStatements.Text(product, "product_id") is not { } id)
            {
                return;
            }

            var helper = product.TryGetProperty("product_identification_helper", out var h) ? h : default;
            products.TryAdd(id, OpenVexStatements.Text(helper, "purl") ?? OpenVexStatements.Text(product, "name") ?? id);
        }
    }
}
