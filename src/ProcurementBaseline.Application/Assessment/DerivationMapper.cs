using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Application.Assessment;

/// <summary>A derivation tree as the JSON contract writes it; <c>assess</c> and <c>map explain</c> share it.</summary>
public static class DerivationMapper
{
    /// <param name="node">The tree's root.</param>
    /// <param name="at">Where a mapping is written, as the output shows locations.</param>
    /// <param name="remarks">Whether to carry each mapping's remarks (explanations do; assessments name the mapping's location instead).</param>
    public static DerivationJson Map(Derivation node, Func<SourceLocation?, string?> at, bool remarks = false)
    {
        var coverage = !node.Covered ? "missing" : node.IsClaim ? "claimed" : node.Level == CoverageLevel.Full ? "full" : "partial";
        var mapping = node.Edge is { } edge
            ? Mapping(edge.Mapping, edge.Relationship, edge.Crosswalk, edge.IsConverse, at, remarks)
            : node.Combined is { } combined ? Mapping(combined.Mapping, combined.Relationship, combined.Crosswalk, converse: false, at, remarks) : null;
        return new DerivationJson(node.Control.ToString(), coverage, node.From.IsEmpty ? null : node.Strength, mapping,
            node.From.IsEmpty ? null : [.. node.From.Select(f => Map(f, at, remarks))]);
    }

    private static DerivationMappingJson Mapping(Mapping mapping, Relationship relationship, Crosswalk crosswalk, bool converse, Func<SourceLocation?, string?> at, bool remarks) => new(
        CrosswalkWords.Relationships.Word(relationship), mapping.Combined, mapping.Strength, CrosswalkWords.Provenances.Word(mapping.Provenance),
        CrosswalkWords.Statuses.Word(mapping.Status), crosswalk.Name, converse, at(mapping.Origin), remarks ? mapping.Remarks : null);
}
