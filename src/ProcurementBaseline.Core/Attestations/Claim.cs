using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Attestations;

/// <summary>A vendor's claim about one control.</summary>
public sealed record Claim
{
    public required ControlKey Control { get; init; }

    public required ClaimStatus Status { get; init; }

    public string? Statement { get; init; }

    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    public ImmutableArray<Milestone> Poam { get; init; } = [];

    /// <summary>Why the control does not apply, for a not-applicable claim.</summary>
    public string? Justification { get; init; }

    /// <summary>The third party that assessed the claim, if any.</summary>
    public string? Assessor { get; init; }

    /// <summary>
    /// Set when the claim must be looked at again (its control changed in a new catalog version). A claim marked for
    /// review counts for nothing until a person removes the mark.
    /// </summary>
    public string? Review { get; init; }

    public SourceLocation? Origin { get; init; }
}
