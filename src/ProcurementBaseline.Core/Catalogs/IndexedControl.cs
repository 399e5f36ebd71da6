using System.Collections.Immutable;

namespace ProcurementBaseline.Catalogs;

/// <summary>A control with where it sits in its catalog: its groups, its parent control and its document order.</summary>
public sealed record IndexedControl(Control Control, ImmutableArray<ControlGroup> Groups, Control? Parent, int Order)
{
    public string Id => Control.Id;
}
