using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>How a command reports problems in the standards it loaded before it can start.</summary>
internal static class LoadProblems
{
    /// <summary>Prints the load's errors to standard error; true when there are any.</summary>
    public static bool Report(HarmonisationSet loaded, CliContext cli)
    {
        DiagnosticPrinter.Print(loaded.Standards.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), cli.Error);
        return loaded.Standards.HasErrors;
    }
}
