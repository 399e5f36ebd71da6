namespace ProcurementBaseline.Evaluation;

/// <summary>A baseline's verdict on one submission (harmonisation.md §5).</summary>
public enum Verdict
{
    Pass,
    Conditional,
    Fail,
}
