namespace ProcurementBaseline.Harmonisation;

/// <summary>A target control covered through mappings, with the best path that proves it.</summary>
public sealed record InferredCoverage(ControlKey Target, CoverageLevel Level, CoveragePath Path)
{
    public ControlKey Source => Path.Start;

    public int Strength => Path.Strength;
}
