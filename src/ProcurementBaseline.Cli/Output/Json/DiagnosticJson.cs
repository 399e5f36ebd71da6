using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Cli.Output.Json;

public sealed record DiagnosticJson(string Code, string Severity, string File, int Line, int Column, string Message)
{
    public static DiagnosticJson From(Diagnostic d) =>
        new(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Location.File, d.Location.Line, d.Location.Column, d.Message);
}

public sealed record ValidationReportJson(int Files, int Catalogs, int Selections, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics);

/// <summary>attest validate's JSON: problems finding the files, then each attestation with its diagnostics.</summary>
public sealed record AttestationValidationJson(IReadOnlyList<DiagnosticJson> Inputs, IReadOnlyList<AttestationCheckJson> Attestations);

public sealed record AttestationCheckJson(string File, int? Claims, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics);
