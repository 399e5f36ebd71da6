using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Vex;

/// <summary>
/// One statement of a VEX document: how one vulnerability bears on one product or component, named by purl or by the
/// SBOM's own reference. <see cref="HasResponse"/> says whether the supplier said what it does about it (a CycloneDX
/// response, an OpenVEX action statement, a CSAF remediation).
/// </summary>
public sealed record VexStatement(string Vulnerability, string Product, VexStatus Status, bool HasResponse, string? Justification, SourceLocation? Origin)
{
    /// <summary>Affected, or still under investigation, with nothing said about what is done: what a consumer must chase.</summary>
    public bool IsOpen => Status is VexStatus.Affected or VexStatus.UnderInvestigation && !HasResponse;
}
