using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Application.Assessment.Ci;

/// <summary>
/// The gaps as SARIF 2.1.0, which code-scanning tools (GitHub, GitLab, Azure DevOps) show against the file: one result
/// per required control that is not met, at the claim's line and column in the attestation (or at its <c>against</c>
/// when nothing was claimed), with one rule per finding. A must gap is an error (a planned one a warning), a should gap
/// a note. A result's partial fingerprint is its baseline and control, so a tool can follow it from run to run.
/// </summary>
public static class SarifReport
{
    private static readonly (FindingKind Kind, string Description)[] Rules =
    [
        (FindingKind.PartiallyMet, "The control is implemented in part, or covered in part through mappings."),
        (FindingKind.Planned, "The control is planned, with a plan of action inside the baseline's window."),
        (FindingKind.NotMet, "The control is claimed not implemented, or its claim does not count (an N/A the baseline refuses, a plan out of the window)."),
        (FindingKind.EvidenceProblem, "The control is claimed implemented, but its evidence is missing, out of date, or does not match its sha256."),
        (FindingKind.NoClaim, "Nothing claims the control, directly or through an accepted mapping."),
    ];

    public static string Write(IReadOnlyList<SubmissionAssessment> assessments)
    {
        var gaps = assessments.SelectMany(GapFinding.Of).ToList();
        var artifacts = assessments.Select(a => a.Submission.Shown).Distinct(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartArray("artifacts");
            foreach (var artifact in artifacts)
            {
                json.WriteStartObject();
                json.WritePropertyName("location");
                json.WriteStartObject();
                json.WriteString("uri", Uri(artifact));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("results");
            foreach (var gap in gaps)
            {
                WriteResult(json, gap, artifacts.IndexOf(gap.Submission.Submission.Shown));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        json.WriteStartObject();
        json.WriteString("name", "procbase");
        json.WriteString("version", ToolVersion.Current);
        json.WriteString("semanticVersion", ToolVersion.Current);
        json.WriteStartArray("rules");
        foreach (var (kind, description) in Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", Verdicts.Word(kind));
            json.WriteString("name", kind.ToString());
            json.WritePropertyName("shortDescription");
            json.WriteStartObject();
            json.WriteString("text", description);
            json.WriteEndObject();
            json.WritePropertyName("defaultConfiguration");
            json.WriteStartObject();
            json.WriteString("level", kind == FindingKind.Planned ? "warning" : "error");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, GapFinding gap, int artifact)
    {
        var finding = gap.Finding;
        var baseline = gap.Evaluation.Baseline.Baseline.Id;
        json.WriteStartObject();
        json.WriteString("ruleId", Verdicts.Word(finding.Kind));
        json.WriteNumber("ruleIndex", Array.FindIndex(Rules, r => r.Kind == finding.Kind));
        json.WriteString("level", !gap.IsMust ? "note" : finding.Kind == FindingKind.Planned ? "warning" : "error");
        json.WritePropertyName("message");
        json.WriteStartObject();
        json.WriteString("text", VisibleText.Escape($"{baseline}: {finding.Control} {finding.Required.Control.Control.Title.Default} ({Verdicts.Word(finding.Kind)}, {finding.Priority.ToString().ToLowerInvariant()}): {finding.Reason}"));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        json.WriteString("uri", Uri(gap.Submission.Submission.Shown));
        json.WriteNumber("index", artifact);
        json.WriteEndObject();
        if (gap.At.Line > 0)
        {
            json.WritePropertyName("region");
            json.WriteStartObject();
            json.WriteNumber("startLine", gap.At.Line);
            json.WriteNumber("startColumn", Math.Max(1, gap.At.Column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WritePropertyName("partialFingerprints");
        json.WriteStartObject();
        json.WriteString("procbase/baseline-control/v1", $"{baseline}|{finding.Control}");
        json.WriteEndObject();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WriteString("baseline", baseline);
        json.WriteString("control", finding.Control.ToString());
        json.WriteString("priority", finding.Priority.ToString().ToLowerInvariant());
        json.WriteString("finding", Verdicts.Word(finding.Kind));
        json.WriteString("verdict", AssessmentMapper.Word(gap.Evaluation.Verdict));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative path as a URI reference: each segment percent-encoded, '/' between them.</summary>
    private static string Uri(string path) => string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
}
