namespace ProcurementBaseline.Diagnostics;

/// <summary>
/// One kind of problem: a stable code, its severity, a short title and the message
/// format. All descriptors live in <see cref="DiagnosticCodes"/>.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat);
