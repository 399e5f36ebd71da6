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

    /// <summary>
    /// Prints every error, and of the warnings and notes that repeat one cause (one code), the first
    /// <paramref name="perCode"/> and then one line counting the rest; <paramref name="quiet"/> prints errors only.
    /// </summary>
    public static void PrintSummarised(IEnumerable<Diagnostic> diagnostics, TextWriter writer, int perCode = 3, bool quiet = false)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var held = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                Print([diagnostic], writer);
                continue;
            }

            if (quiet)
            {
                continue;
            }

            var count = shown[diagnostic.Code] = shown.GetValueOrDefault(diagnostic.Code) + 1;
            if (count <= perCode)
            {
                Print([diagnostic], writer);
            }
            else if (count == perCode + 1)
            {
                held.Add(diagnostic);
            }
        }

        foreach (var first in held)
        {
            var more = shown[first.Code] - perCode;
            writer.WriteLine(VisibleText.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{first.Location.File}: {first.Severity.ToString().ToLowerInvariant()} {first.Code}: and {more:N0} more like it ({first.Descriptor.Title.ToLowerInvariant()}); attest validate lists them all")));
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics) =>
        string.Create(CultureInfo.InvariantCulture, $"{Plural(diagnostics.Count(d => d.IsError), "error")}, {Plural(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning")}");

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");
}
