using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Baselines;

/// <summary>
/// A baseline's demand that claims on some controls carry evidence of a kind the tool checks: an SBOM complete under
/// a profile (every required field in at least <see cref="MinShare"/> of its components), or a VEX document whose
/// affected vulnerabilities each have a milestone in the claim's plan of action.
/// </summary>
public sealed record EvidenceRequirement
{
    public required ImmutableArray<ControlKey> Controls { get; init; }

    public required EvidenceKind Kind { get; init; }

    /// <summary>The SBOM profile ("certin@1.0") an SBOM is judged against; null for VEX.</summary>
    public string? Profile { get; init; }

    public double MinShare { get; init; } = 1;

    public SourceLocation? Origin { get; init; }
}
