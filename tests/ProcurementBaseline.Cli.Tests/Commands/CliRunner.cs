using ProcurementBaseline.Cli.CommandLine;

namespace ProcurementBaseline.Tests.Commands;

/// <summary>Runs procbase in-process with captured output.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Invoke(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = new ProcbaseCommandLine(new CliContext(output, error, workingDirectory)).Invoke(args);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    public static Run InRepository(params string[] args) => Invoke(RepositoryPaths.Root, args);
}
