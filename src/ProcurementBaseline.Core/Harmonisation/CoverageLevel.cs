namespace ProcurementBaseline.Harmonisation;

/// <summary>How much of a target control a satisfied control covers through a mapping path.</summary>
public enum CoverageLevel
{
    /// <summary>Covered in full: met through the mapping.</summary>
    Full,

    /// <summary>Covered in part: what the target asks beyond the source is a residual gap.</summary>
    Partial,
}
