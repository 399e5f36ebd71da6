using System.Collections.Immutable;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Catalogs;

/// <summary>One requirement of a catalog, with its id as published (<c>ism-1419</c>, <c>PO.1.1</c>, <c>SA-11</c>).</summary>
public sealed record Control
{
    public required string Id { get; init; }

    /// <summary>The publisher's kind of control, such as <c>task</c>, <c>practice</c> or <c>ISM-control</c>.</summary>
    public string? Class { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The requirement itself, with parameters rendered.</summary>
    public LocalizedText? Statement { get; init; }

    public LocalizedText? Guidance { get; init; }

    public ImmutableArray<LocalizedText> Examples { get; init; } = [];

    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Applicability by dimension: <c>classification: [NC, OS, P]</c>, <c>essential-eight: [ML2]</c>, <c>baseline: [MODERATE]</c>.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Applicability { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    /// <summary>Publisher metadata kept as text, such as the ISM's <c>revision</c> and <c>updated</c>.</summary>
    public ImmutableSortedDictionary<string, string> Properties { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Related controls of the same catalog.</summary>
    public ImmutableArray<string> Related { get; init; } = [];

    public ImmutableArray<InformativeReference> References { get; init; } = [];

    public ControlStatus Status { get; init; } = ControlStatus.Active;

    public ImmutableArray<ControlSuccessor> Successors { get; init; } = [];

    /// <summary>Set where the control's fidelity differs from its catalog's.</summary>
    public Fidelity? Fidelity { get; init; }

    public SourceLocator? Locator { get; init; }

    public string? Completeness { get; init; }

    /// <summary>Child controls: SSDF tasks under a practice, SP 800-53 enhancements under a control.</summary>
    public ImmutableArray<Control> Controls { get; init; } = [];
}
