namespace ProcurementBaseline.Harmonisation;

/// <summary>A target control covered through mappings, with the best derivation that proves it.</summary>
public sealed record InferredCoverage(ControlKey Target, CoverageLevel Level, Derivation Derivation)
{
    /// <summary>The path, when the derivation is one branch of pairwise mappings.</summary>
    public CoveragePath? Path => Derivation.AsPath();

    /// <summary>The claimed controls it rests on, in id order.</summary>
    public IEnumerable<ControlKey> Sources => Derivation.Claims;

    public int Strength => Derivation.Strength;
}
