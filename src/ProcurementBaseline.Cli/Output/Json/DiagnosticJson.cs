using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Cli.Output.Json;

public sealed record DiagnosticJson(string Code, string Severity, string File, int Line, int Column, string Message)
{
    public static DiagnosticJson From(Diagnostic d) =>
        new(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Location.File, d.Location.Line, d.Location.Column, d.Message);
}

public sealed record ValidationReportJson(int Files, int Catalogs, int Selections, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics) : CliDocument("catalog-validation");

/// <summary>attest validate's JSON: problems finding the files, then each attestation with its diagnostics.</summary>
public sealed record AttestationValidationJson(IReadOnlyList<DiagnosticJson> Inputs, IReadOnlyList<AttestationCheckJson> Attestations) : CliDocument("attestation-validation");

public sealed record AttestationCheckJson(string File, int? Claims, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics);

/// <summary><c>attest impact --format json</c>: what each claim on the old version becomes, and the new controls with no claim.</summary>
public sealed record AttestationImpactJson(
    string Old,
    string New,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<ClaimImpactJson> Claims,
    IReadOnlyList<NewControlJson> Unclaimed,
    string? Written,
    bool? EditedInPlace) : CliDocument("attestation-impact");

public sealed record ClaimImpactJson(string Control, string Impact, string? NewControl, string? Change, IReadOnlyList<string>? Successors);

public sealed record NewControlJson(string Control, string? Title);
