namespace ProcurementBaseline.Cli;

/// <summary>Every exit code procbase returns. docs/cli.md documents them; scripts may rely on them.</summary>
public static class ExitCodes
{
    /// <summary>The command ran and found no errors.</summary>
    public const int Success = 0;

    /// <summary>The inputs have errors (diagnostics were printed).</summary>
    public const int InputErrors = 1;

    /// <summary>The command line was wrong: an unknown command or option, or a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>assess: the worst verdict is conditional (every gap planned inside the window).</summary>
    public const int Conditional = 3;

    /// <summary>assess: at least one baseline's verdict is fail.</summary>
    public const int Fail = 4;

    /// <summary>procbase met a fault it did not foresee (a bug): one line on standard error, never a pass.</summary>
    public const int InternalError = 70;
}
