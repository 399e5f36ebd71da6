namespace ProcurementBaseline.Application.Registry;

/// <summary>The reports a submission can be downloaded as, and the file each is kept under.</summary>
public static class ReportFiles
{
    private static readonly ReportFile[] All =
    [
        new("pdf", "pdf", "report.pdf", "application/pdf"),
        new("html", "html", "report.html", "text/html; charset=utf-8"),
        new("md", "md", "report.md", "text/markdown; charset=utf-8"),
        new("text", "text", "report.txt", "text/plain; charset=utf-8"),
        new("oscal", "oscal", "report." + Assessment.AssessmentOutputs.OscalResultsExtension, "application/json"),
        new("oscal-poam", "oscal", "report." + Assessment.AssessmentOutputs.OscalPoamExtension, "application/json"),
    ];

    public static IEnumerable<string> Formats => All.Select(r => r.Format);

    public static ReportFile? For(string format) => All.FirstOrDefault(r => r.Format == format);
}

/// <summary>A report format: the word in the URL, the output format that writes it, the name it is kept under, its media type.</summary>
public sealed record ReportFile(string Format, string OutputFormat, string Name, string MediaType);
