using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>Controls joined by accepted equal-to or equivalent-to mappings: one claim on any member covers every member.</summary>
public sealed record EquivalenceCluster(ImmutableArray<ControlKey> Members)
{
    /// <summary>The first member in id order, used to name the cluster.</summary>
    public ControlKey Representative => Members[0];

    public override string ToString() => string.Join(" ≡ ", Members);
}
