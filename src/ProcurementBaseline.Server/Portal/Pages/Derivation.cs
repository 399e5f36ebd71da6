using ProcurementBaseline.Application.Assessment;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>
/// How an inferred finding was reached, as a small tree: the control at the root, and under it the controls and claims it
/// was carried from, each with the mapping (relationship, strength, provenance, crosswalk) that carried it.
/// </summary>
internal static class Derivation
{
    // The evaluator bounds path length; this bounds what a page renders even so.
    private const int MaxDepth = 16;

    public static Html Render(FindingJson finding)
    {
        if (finding.Derivation is { } tree)
        {
            return Html.Of($"""<details class="derivation"><summary>How it was derived</summary><ul class="tree">{Node(tree, 0)}</ul></details>""");
        }

        return finding.Path is { Count: > 0 } path
            ? Html.Of($"""<details class="derivation"><summary>How it was derived</summary><ol class="tree">{Html.Join(path, Step)}</ol></details>""")
            : Html.Empty;
    }

    private static Html Node(DerivationJson node, int depth)
    {
        var children = node.From is { Count: > 0 } from && depth < MaxDepth
            ? Html.Of($"<ul>{Html.Join(from, child => Node(child, depth + 1))}</ul>")
            : Html.Empty;
        return Html.Of($"""
            <li><span class="code">{node.Control}</span> <span class="coverage coverage-{Layout.Css(node.Coverage)}">{node.Coverage}</span>{Html.When(node.Mapping is not null, Mapping(node.Mapping))}{children}</li>
            """);
    }

    private static Html Mapping(DerivationMappingJson? mapping) => mapping is null ? Html.Empty : Html.Of($"""
         <span class="hint">via {(mapping.Combined ? "combined " : "")}{mapping.Relationship} (strength {mapping.Strength}, {mapping.Provenance}, {mapping.Status}) in {mapping.Crosswalk}{(mapping.Converse ? ", read in reverse" : "")}</span>
        """);

    private static Html Step(PathStepJson step) => Html.Of($"""
        <li><span class="code">{step.From}</span> {step.Relationship} <span class="code">{step.To}</span> <span class="hint">(strength {step.Strength}, {step.Provenance}, {step.Status}, {step.Crosswalk})</span></li>
        """);
}
