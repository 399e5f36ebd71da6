namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>
/// Where a command writes, which folder relative paths start from, and the clock: the only place the tool reads
/// the time, and only to default an as-of date the user did not give. Tests give their own.
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error, string workingDirectory, TimeProvider? clock = null, bool errorIsTerminal = false)
{
    /// <summary>Whether standard error is a terminal, so progress lines help rather than clutter a log.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>Standard output; no control character reaches it (<see cref="VisibleWriter"/>).</summary>
    public TextWriter Out { get; } = new VisibleWriter(output);

    /// <summary>Standard error; no control character reaches it (<see cref="VisibleWriter"/>).</summary>
    public TextWriter Error { get; } = new VisibleWriter(error);

    /// <summary>Standard error as it is, for the progress line's own carriage return and erase-line, on a terminal only.</summary>
    public TextWriter Progress { get; } = error;

    public string WorkingDirectory { get; } = workingDirectory;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>Today's date in UTC, for defaults at the command-line edge only.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public static CliContext FromConsole(TimeProvider clock) => new(Console.Out, Console.Error, Environment.CurrentDirectory, clock, !Console.IsErrorRedirected);
}
