using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>A control whose claim would cover a required control through mappings, with the best path from it.</summary>
public sealed record CoverageCandidate(ControlKey Source, CoverageLevel Level, CoveragePath Path)
{
    public int Strength => Path.Strength;
}
