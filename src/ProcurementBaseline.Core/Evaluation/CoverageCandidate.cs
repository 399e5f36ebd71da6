using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// A control whose claim would cover a required control through mappings, with the best path from it, and the
/// sentences a finding through it gives, written once when the plan is compiled.
/// </summary>
public sealed record CoverageCandidate
{
    public CoverageCandidate(ControlKey source, CoverageLevel level, CoveragePath path)
    {
        Source = source;
        Level = level;
        Path = path;
        Strength = path.Strength;
        Derivation = Derivation.Along(Derivation.Claim(source, partialOnly: false), path.Edges)!;
        Description = Derivation.ToString();
        MetReason = $"Met through {source}: {Description}.";
        PartialReason = $"Covered in part through {source}: {Description}.";
    }

    public ControlKey Source { get; }

    public CoverageLevel Level { get; }

    public CoveragePath Path { get; }

    public int Strength { get; }

    /// <summary>The path as a derivation tree from a claim implemented in full, built once.</summary>
    public Derivation Derivation { get; }

    /// <summary>The same from a claim implemented in part, which covers at most in part; built when first asked for.</summary>
    public Derivation PartialDerivation => _partial ??= Derivation.Along(Derivation.Claim(Source, partialOnly: true), Path.Edges)!;

    // Plans are shared between threads; two threads building it at once build equal trees, so the race is harmless.
    private Derivation? _partial;

    /// <summary>"PW.5.1 equivalent-to ism-2040 (reviewed, strength 8)", one clause per mapping.</summary>
    public string Description { get; }

    public string MetReason { get; }

    public string PartialReason { get; }
}
