using System.Text.Json.Serialization;

namespace ProcurementBaseline.Application.Planning;

/// <summary><c>procbase plan --format json</c>: the attest-once plan, its check and its figures.</summary>
public sealed record PlanJson(
    IReadOnlyList<PlanBaselineJson> Baselines,
    PlanSummaryJson Plan,
    IReadOnlyList<PlanClaimJson> Claims,
    IReadOnlyDictionary<string, IReadOnlyList<string>> DirectOnly)
{
    [JsonPropertyOrder(-2)]
    public string SchemaVersion { get; } = "1";

    [JsonPropertyOrder(-1)]
    public string Kind { get; } = "attest-once-plan";
}

public sealed record PlanBaselineJson(string Id, string Nation, int Must, int MetDirectly, int MetViaMapping, double ViaMappingShare, int DirectOnly);

/// <summary>The plan's size, whether it is proved smallest, the lower bound, and whether every must control is met under it.</summary>
public sealed record PlanSummaryJson(int Claims, int MustControls, bool Optimal, int LowerBound, long SearchNodes, string? Preferred, bool EveryMustMet);

public sealed record PlanClaimJson(string Control, string Title, IReadOnlyList<PlanCoverJson> Meets, IReadOnlyList<PlanCoverJson>? AlsoHelps);

/// <summary>A required control the claim meets or helps with: which baseline, and how (absent when the claim is on the control itself).</summary>
public sealed record PlanCoverJson(string Baseline, string Control, string Priority, string? How);
