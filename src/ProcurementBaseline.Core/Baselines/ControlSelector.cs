using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Baselines;

/// <summary>
/// Picks controls of one catalog version. Every filter given must hold (a selection, groups, tags, applicability,
/// explicit ids); withdrawn controls are never picked. A selector with no filter picks the whole catalog.
/// </summary>
public sealed record ControlSelector
{
    public required CatalogRef Catalog { get; init; }

    /// <summary>The id of a selection file (an imported profile such as asd-ism-protected).</summary>
    public string? Selection { get; init; }

    /// <summary>Group ids; a control under any of them, at any depth, matches.</summary>
    public ImmutableArray<string> Groups { get; init; } = [];

    public ImmutableArray<string> Controls { get; init; } = [];

    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Applicability by dimension; a control matches when it has any of the values for every dimension given.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Applicability { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    /// <summary>Control classes (task, ISM-control, control-objective…).</summary>
    public ImmutableArray<string> Classes { get; init; } = [];

    public Priority Priority { get; init; } = Priority.Must;

    public SourceLocation? Origin { get; init; }
}
