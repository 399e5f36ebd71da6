using System.Text.Json.Serialization;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Application.Sboms;

/// <summary><c>sbom check --format json</c>: the document, each profile's fields with their shares, VEX, and every diagnostic.</summary>
public sealed record SbomCheckJson(
    string File,
    string Sha256,
    string? Format,
    string? SpecVersion,
    string? Subject,
    int Components,
    bool SchemaChecked,
    string? SchemaNotChecked,
    IReadOnlyList<SbomProfileJson> Profiles,
    SbomVexJson Vex,
    IReadOnlyList<SbomDiagnosticJson> Diagnostics)
{
    [JsonPropertyOrder(-2)]
    public string SchemaVersion { get; } = Assessment.AssessmentJson.CurrentSchemaVersion;

    [JsonPropertyOrder(-1)]
    public string Kind { get; } = "sbom-check";

    public static SbomCheckJson Of(SbomCheck check) => new(
        check.File,
        check.Sha256,
        check.Metadata?.Format.Name(),
        check.Metadata?.SpecVersion,
        check.Metadata?.SubjectName is { } name ? $"{name} {check.Metadata.SubjectVersion}".TrimEnd() : null,
        check.Components,
        check.SchemaChecked,
        check.SchemaNotChecked,
        [.. check.Profiles.Select(p => new SbomProfileJson(p.Profile.Key, p.Profile.Title, p.Score, p.Complete,
            [.. p.Fields.Select(f => new SbomFieldJson(f.Field.Id, f.Field.Title, f.Field.Scope == SbomFieldScope.Document ? "document" : "component", f.Field.Required,
                f.Have, f.Of, Math.Round(f.Share, 4), [.. f.FirstOffenders], f.Field.Note))]))],
        new SbomVexJson(check.Vex.Matched.Length, check.Vex.Unmatched.Length,
            [.. check.Vex.Open.Select(s => new SbomVulnerabilityJson(s.Vulnerability, s.Product, VexStatusWords.Words.Word(s.Status)))]),
        [.. check.Diagnostics.Select(d => new SbomDiagnosticJson(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Location.File, d.Location.Line, d.Location.Column, d.Message))]);
}

public sealed record SbomProfileJson(string Profile, string Title, double Score, bool Complete, IReadOnlyList<SbomFieldJson> Fields);

public sealed record SbomFieldJson(string Id, string Title, string Scope, bool Required, int Have, int Of, double Share, IReadOnlyList<string> FirstWithout, string? Note);

public sealed record SbomVexJson(int Matched, int Unmatched, IReadOnlyList<SbomVulnerabilityJson> Open);

public sealed record SbomVulnerabilityJson(string Vulnerability, string Product, string Status);

public sealed record SbomDiagnosticJson(string Code, string Severity, string File, int Line, int Column, string Message);
