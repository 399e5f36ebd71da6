using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Cli.Output;

/// <summary>How mappings and paths read in text and JSON output.</summary>
public static class MappingText
{
    public static string Relationship(Relationship relationship) => CrosswalkWords.Relationships.Word(relationship);

    /// <summary><c>equal-to ism-2040 (strength 8, reviewed)</c>, as read from the edge's source.</summary>
    public static string Edge(MappingEdge edge, bool withCatalog = false) =>
        $"{Relationship(edge.Relationship)} {(withCatalog ? edge.To.ToString() : edge.To.ControlId)} (strength {edge.Strength}, {CrosswalkWords.Provenances.Word(edge.Mapping.Provenance)}" +
        $"{(edge.Mapping.Status == MappingStatus.Draft ? ", draft" : "")})";

    public static MappingJson Json(MappingEdge edge) => new(
        edge.To.ToString(),
        Relationship(edge.Relationship),
        edge.Strength,
        CrosswalkWords.Provenances.Word(edge.Mapping.Provenance),
        CrosswalkWords.Statuses.Word(edge.Mapping.Status),
        edge.IsConverse,
        edge.Crosswalk.Name,
        edge.Mapping.Remarks,
        edge.Mapping.Origin?.ToString());
}
