namespace ProcurementBaseline.Oscal.Profiles;

/// <summary>The props, in our namespace, that carry a baseline's identity, priorities and acceptance policy.</summary>
internal static class ProfileProps
{
    public const string Baseline = "baseline-id";
    public const string Selection = "selection-id";
    public const string Jurisdiction = "jurisdiction";
    public const string NotInCatalog = "not-in-catalog";
    public const string Priority = "priority";
    public const string NotApplicable = "not-applicable";
    public const string NotApplicableControl = "not-applicable-control";
    public const string PoamMaxDays = "poam-max-days";
    public const string EvidenceMaxAgeDays = "evidence-max-age-days";
    public const string MappedCoverage = "mapped-coverage";
    public const string MappedProvenance = "mapped-coverage-provenance";
    public const string MappedMinStrength = "mapped-coverage-min-strength";
    public const string MappedMaxHops = "mapped-coverage-max-hops";
    public const string MappedDrafts = "mapped-coverage-drafts";
    public const string SignedSubmission = "signed-submission";
}
