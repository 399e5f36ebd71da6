namespace ProcurementBaseline.Evaluation;

/// <summary>The finding for one required control, in order of precedence (harmonisation.md §4).</summary>
public enum FindingKind
{
    Met,
    MetViaMapping,
    PartiallyMet,
    Planned,
    NotApplicable,
    NotMet,
    EvidenceProblem,
    NoClaim,
}
