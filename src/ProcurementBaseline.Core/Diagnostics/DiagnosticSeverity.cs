namespace ProcurementBaseline.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
    Info,
}
