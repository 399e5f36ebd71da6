using System.Collections.Immutable;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Baselines;

/// <summary>What a baseline accepts: N/A, plans of action, evidence age, and coverage through mappings.</summary>
public sealed record AcceptancePolicy
{
    /// <summary>Whether a justified not-applicable claim is accepted at all.</summary>
    public bool NotApplicableAllowed { get; init; } = true;

    /// <summary>When not empty, N/A is accepted only for these controls (catalog@version#id).</summary>
    public ImmutableHashSet<ControlKey> NotApplicableControls { get; init; } = [];

    /// <summary>The longest POA&amp;M window: a milestone due later than this many days after the as-of date is not accepted.</summary>
    public int PoamMaxDays { get; init; } = 180;

    /// <summary>Evidence issued longer ago than this, at the as-of date, is stale. Null for no limit.</summary>
    public int? EvidenceMaxAgeDays { get; init; } = 365;

    /// <summary>Which mappings count for coverage; null when mapped coverage does not count.</summary>
    public MappingPolicy? Mappings { get; init; } = MappingPolicy.Default;

    /// <summary>Whether only a signed bundle, verified against a key or root the assessor trusts, can pass.</summary>
    public bool SignedSubmission { get; init; }

    /// <summary>Which controls need SBOM or VEX evidence, and what it must show.</summary>
    public ImmutableArray<EvidenceRequirement> EvidenceRequirements { get; init; } = [];

    public IEnumerable<EvidenceRequirement> RequirementsFor(ControlKey control) =>
        EvidenceRequirements.IsEmpty ? [] : EvidenceRequirements.Where(r => r.Controls.Contains(control));

    public bool AcceptsNotApplicable(ControlKey control) =>
        NotApplicableAllowed && (NotApplicableControls.IsEmpty || NotApplicableControls.Contains(control));
}
