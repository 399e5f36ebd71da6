using System.Collections.Immutable;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Catalogs;

/// <summary>A heading of a catalog: a guideline, section, family or SSDF group.</summary>
public sealed record ControlGroup
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Description { get; init; }

    public ImmutableArray<ControlGroup> Groups { get; init; } = [];

    public ImmutableArray<Control> Controls { get; init; } = [];
}
