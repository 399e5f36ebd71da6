using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>A CycloneDX vulnerability's analysis as VEX statements, one per component it affects.</summary>
internal static class CycloneDxVulnerabilities
{
    /// <summary>
    /// CycloneDX analysis states as VEX statuses. A vulnerability listed with no analysis is taken as affected: the BOM
    /// names it against the component and says nothing to clear it.
    /// </summary>
    public static VexStatus Status(string? state) => state switch
    {
        "not_affected" or "false_positive" => VexStatus.NotAffected,
        "resolved" or "resolved_with_pedigree" => VexStatus.Fixed,
        "in_triage" => VexStatus.UnderInvestigation,
        _ => VexStatus.Affected,
    };

    public static IEnumerable<VexStatement> Statements(string? id, string? state, string? justification, bool hasResponse, IReadOnlyList<string> affects, SourceLocation at)
    {
        var status = Status(state);
        foreach (var product in affects)
        {
            yield return new VexStatement(id ?? "(unnamed vulnerability)", product, status, hasResponse, justification, at);
        }
    }
}
