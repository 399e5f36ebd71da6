namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>Where a command writes and which folder relative paths start from. Tests give their own.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, string workingDirectory)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public string WorkingDirectory { get; } = workingDirectory;

    public static CliContext FromConsole() => new(Console.Out, Console.Error, Environment.CurrentDirectory);
}
