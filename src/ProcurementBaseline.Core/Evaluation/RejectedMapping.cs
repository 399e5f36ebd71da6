using System.Globalization;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// A mapping into a required control that the baseline's policy does not count, kept so that a finding can show it as
/// context: "PO.1.1 superset-of ism-1419 (suggested, strength 4): strength below the floor 5".
/// </summary>
public sealed record RejectedMapping(ControlKey Source, MappingEdge Edge, string Why)
{
    public string Description => $"{Edge.From.ControlId} {RelationshipWords.Word(Edge.Relationship)} {Edge.To.ControlId} ({Edge.Mapping.Provenance.ToString().ToLowerInvariant()}, strength {Edge.Strength}): {Why}";

    /// <summary>Why <paramref name="policy"/> does not count <paramref name="edge"/>, or null when it does.</summary>
    public static string? WhyRejected(MappingEdge edge, MappingPolicy policy)
    {
        var mapping = edge.Mapping;
        if (!policy.Provenances.Contains(mapping.Provenance))
        {
            return $"{mapping.Provenance.ToString().ToLowerInvariant()} mappings do not count for this baseline";
        }

        if (mapping.Strength < policy.MinimumStrength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"strength {mapping.Strength} is below the floor {policy.MinimumStrength}");
        }

        return policy.Accepts(mapping) ? null : "the mapping is a draft, not yet reviewed";
    }
}
