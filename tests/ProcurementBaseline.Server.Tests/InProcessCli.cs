using ProcurementBaseline.Cli.CommandLine;

namespace ProcurementBaseline.Tests.Server;

/// <summary>procbase run in the test process, from the repository root, with what it printed.</summary>
internal static class InProcessCli
{
    public static (int Code, string Out, string Error) Procbase(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = new ProcbaseCommandLine(new CliContext(output, error, RepositoryPaths.Root)).Invoke(args);
        return (code, output.ToString(), error.ToString());
    }
}
