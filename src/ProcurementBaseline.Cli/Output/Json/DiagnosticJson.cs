using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Cli.Output.Json;

public sealed record DiagnosticJson(string Code, string Severity, string File, int Line, int Column, string Message)
{
    public static DiagnosticJson From(Diagnostic d) =>
        new(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Location.File, d.Location.Line, d.Location.Column, d.Message);
}

public sealed record ValidationReportJson(int Files, int Catalogs, int Selections, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics);
