namespace ProcurementBaseline.Harmonisation;

/// <summary>A control a vendor has implemented; a partial implementation covers other controls at most in part.</summary>
public readonly record struct SatisfiedControl(ControlKey Control, bool PartialOnly = false);
