using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>Which controls of a target catalog suggestions name: the granularity its reviewed mappings use.</summary>
public enum ControlLevel
{
    /// <summary>Every control: practices and tasks, base controls and enhancements.</summary>
    Any,

    /// <summary>Controls with no parent control: SSDF practices, SP 800-53 base controls, ISMAP control objectives.</summary>
    Top,

    /// <summary>Controls with no child controls: SSDF tasks, SP 800-53 enhancements, ISMAP detailed controls.</summary>
    Leaf,
}

public static class ControlLevels
{
    /// <summary>The share of mapped targets a level must hold before suggestions keep to it.</summary>
    private const double Majority = 0.8;

    public static bool Includes(this ControlLevel level, IndexedControl control) => level switch
    {
        ControlLevel.Top => control.Parent is null,
        ControlLevel.Leaf => control.Control.Controls.IsEmpty,
        _ => true,
    };

    /// <summary>
    /// The level that reviewed mappings into a catalog use: top or leaf when at least 80% of their targets sit there
    /// (a control with neither parent nor children counts for both), otherwise any; any when there are none.
    /// </summary>
    public static ControlLevel Infer(IReadOnlyCollection<IndexedControl> mappedTargets)
    {
        if (mappedTargets.Count == 0)
        {
            return ControlLevel.Any;
        }

        var top = mappedTargets.Count(c => ControlLevel.Top.Includes(c)) / (double)mappedTargets.Count;
        var leaf = mappedTargets.Count(c => ControlLevel.Leaf.Includes(c)) / (double)mappedTargets.Count;
        return (top >= Majority, leaf >= Majority) switch
        {
            (true, true) => ControlLevel.Any,
            (true, false) => ControlLevel.Top,
            (false, true) => ControlLevel.Leaf,
            _ => ControlLevel.Any,
        };
    }
}
