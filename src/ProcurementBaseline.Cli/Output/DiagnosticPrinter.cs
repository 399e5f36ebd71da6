using System.Globalization;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Output;

public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            // A message quotes its input (a key, a value, a path); control characters in it are shown, not obeyed.
            writer.WriteLine(VisibleText.Escape(diagnostic.ToString()));
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics) =>
        string.Create(CultureInfo.InvariantCulture, $"{Plural(diagnostics.Count(d => d.IsError), "error")}, {Plural(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning")}");

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");
}
