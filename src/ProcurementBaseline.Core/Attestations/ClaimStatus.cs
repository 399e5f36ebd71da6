namespace ProcurementBaseline.Attestations;

/// <summary>What a vendor claims about one control.</summary>
public enum ClaimStatus
{
    Implemented,
    PartiallyImplemented,
    Planned,
    NotImplemented,
    NotApplicable,
}
