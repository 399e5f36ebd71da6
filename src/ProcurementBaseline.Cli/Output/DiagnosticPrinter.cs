using System.Globalization;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Cli.Output;

public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics) =>
        string.Create(CultureInfo.InvariantCulture, $"{Plural(diagnostics.Count(d => d.IsError), "error")}, {Plural(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning")}");

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");
}
