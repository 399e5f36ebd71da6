namespace ProcurementBaseline.Reports.Templates;

/// <summary>
/// What a report template may use: a template that goes past a limit stops with a PB1702 diagnostic and its report is
/// not written. The defaults let a 100,000-claim report through and stop a template that loops forever within seconds.
/// docs/cli.md documents them.
/// </summary>
public sealed record TemplateLimits
{
    public static TemplateLimits Default { get; } = new();

    /// <summary>The longest report, in UTF-16 characters (256 Mi).</summary>
    public long MaxOutputChars { get; init; } = 256L << 20;

    /// <summary>The longest single value converted to text, in UTF-16 characters (64 Mi).</summary>
    public int MaxStringChars { get; init; } = 64 << 20;

    /// <summary>Iterations of one loop and the loops nested in it, together.</summary>
    public int MaxLoopIterations { get; init; } = 20_000_000;

    /// <summary>Nested calls of template functions.</summary>
    public int MaxRecursion { get; init; } = 64;

    /// <summary>The longest a report may take to render.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
