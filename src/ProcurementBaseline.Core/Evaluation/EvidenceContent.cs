using System.Collections.Immutable;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// What reading an SBOM or VEX evidence file found against a requirement: the problems that keep it from counting, a
/// one-line summary for the evidence register, and, for VEX, the vulnerabilities on the SBOM's components that need a
/// milestone in the claim's plan of action (affected, or under investigation with no response).
/// </summary>
public sealed record EvidenceContent(ImmutableArray<ClaimIssue> Issues, string Summary)
{
    public ImmutableArray<VexStatement> NeedingPlan { get; init; } = [];

    /// <summary>The product and version an SBOM says it describes, for comparing with the attestation's product.</summary>
    public (string? Name, string? Version)? Subject { get; init; }

    public static EvidenceContent Unchecked { get; } = new([], "not read: evidence files were not given to check");
}
