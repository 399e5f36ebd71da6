using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Cli.Standards;

/// <summary>The standards loaded for the map commands, with the mapping graph built over them.</summary>
public sealed record HarmonisationSet(StandardsSet Standards, MappingGraph Graph)
{
    public static HarmonisationSet Load(string? standardsOption, CliContext cli)
    {
        var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(standardsOption, cli.WorkingDirectory)]);
        return new HarmonisationSet(set, MappingGraph.Build(set.Catalogs, set.Crosswalks));
    }

    /// <summary>Prints the load's diagnostics to standard error; true when they include errors.</summary>
    public bool ReportLoadProblems(CliContext cli)
    {
        DiagnosticPrinter.Print(Standards.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), cli.Error);
        return Standards.HasErrors;
    }
}
