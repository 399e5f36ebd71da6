namespace ProcurementBaseline.Vex;

/// <summary>
/// The four VEX statuses CISA and CERT-In name. CycloneDX's analysis states map onto them: exploitable is affected,
/// in_triage is under investigation, resolved and resolved_with_pedigree are fixed, false_positive and not_affected are
/// not affected.
/// </summary>
public enum VexStatus
{
    NotAffected,
    Affected,
    Fixed,
    UnderInvestigation,
}
