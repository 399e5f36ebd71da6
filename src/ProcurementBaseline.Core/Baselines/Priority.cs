namespace ProcurementBaseline.Baselines;

/// <summary>Whether a required control decides the verdict (must) or only the score (should).</summary>
public enum Priority
{
    Must,
    Should,
}
