using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// The finding for one required control: what it is, why, the claim it rests on or the mapping path that carried
/// another claim to it, what is still missing, and by when it is due.
/// </summary>
public sealed record Finding
{
    public required RequiredControl Required { get; init; }

    private readonly string? _reason;

    public required FindingKind Kind { get; init; }

    /// <summary>Why: given for inferred findings, and taken from the claim's assessment for direct ones when first read.</summary>
    public string Reason
    {
        get => _reason ?? Assessment?.Reason ?? string.Empty;
        init => _reason = value;
    }

    /// <summary>The assessment of the claim on this control itself, if any.</summary>
    public ClaimAssessment? Assessment { get; init; }

    /// <summary>The claim on this control itself, if any.</summary>
    public Claim? Claim { get; init; }

    /// <summary>For a finding carried through mappings: the claim it comes from and the path.</summary>
    public Claim? ViaClaim { get; init; }

    /// <summary>The path when the derivation is one branch of pairwise mappings; null when a combined mapping is in it.</summary>
    public CoveragePath? Path { get; init; }

    /// <summary>For a finding carried through mappings: the derivation tree (harmonisation.md §3a).</summary>
    public Derivation? Derivation { get; init; }

    /// <summary>What the control still asks for, for a partial finding.</summary>
    public string? Residual { get; init; }

    /// <summary>When a plan of action falls due.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>For a partial finding: true when a plan of action inside the window covers the rest.</summary>
    public bool RemainderPlanned { get; init; }

    public ImmutableArray<ClaimIssue> EvidenceIssues { get; init; } = [];

    /// <summary>
    /// For a control nothing covers: a claim that would have covered it through an accepted mapping but does not count
    /// (its evidence has a problem, its plan is out of the window, it is marked for review), with the path it would take.
    /// </summary>
    public ClaimAssessment? BlockedBy { get; init; }

    public CoverageCandidate? BlockedPath { get; init; }

    /// <summary>Context only, never counted: mappings from claimed controls that the baseline does not accept, and why.</summary>
    public ImmutableArray<RejectedMapping> NotCounted { get; init; } = [];

    /// <summary>Context only, never a finding: mapped controls the vendor says are not implemented.</summary>
    public ImmutableArray<ControlKey> RelatedNotImplemented { get; init; } = [];

    public ControlKey Control => Required.Key;

    public Priority Priority => Required.Priority;

    public bool IsMet => Kind is FindingKind.Met or FindingKind.MetViaMapping;
}
