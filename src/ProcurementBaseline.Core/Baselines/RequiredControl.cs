using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Baselines;

/// <summary>One control a baseline requires, with its priority and where it sits in its catalog.</summary>
public sealed record RequiredControl(ControlKey Key, Priority Priority, IndexedControl Control, Jurisdiction Jurisdiction)
{
    /// <summary>The control's top-level group (an ISM guideline, an SP 800-53 family, an SSDF group).</summary>
    /// <summary>The index of the baseline's selector that first picked the control.</summary>
    public int Selector { get; init; }

    public string Group => Control.Groups.IsEmpty ? "" : Control.Groups[0].Id;
}
