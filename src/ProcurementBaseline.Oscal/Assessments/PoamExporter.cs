using System.Globalization;
using System.Text.Json.Nodes;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Writing;
using static ProcurementBaseline.Oscal.Writing.OscalNodes;

namespace ProcurementBaseline.Oscal.Assessments;

/// <summary>
/// Writes the gaps of an assessment as an OSCAL 1.2 plan of action and milestones: one item per control that some
/// baseline finds not met, partly met, planned or without good evidence, naming the baselines and its finding in each,
/// with a risk whose remediation holds the vendor's milestones as dated tasks and whose deadline is the last of them.
/// </summary>
public static class PoamExporter
{
    public static JsonObject Export(AssessedSubmission submission)
    {
        var gaps = submission.Evaluations
            .SelectMany(e => e.Findings.Where(AssessedSubmission.IsGap).Select(f => (Baseline: e.Baseline.Baseline.Id, Finding: f)))
            .GroupBy(g => g.Finding.Control)
            .OrderBy(g => g.Key)
            .ToList();
        var items = new JsonArray();
        var risks = new JsonArray();
        foreach (var gap in gaps)
        {
            var finding = gap.First().Finding;
            var riskId = StableUuid.Of("risk", submission.Identity, gap.Key.ToString());
            risks.Add((JsonNode)Risk(submission, gap.Key, finding, riskId, [.. gap.Select(g => g.Baseline).Distinct(StringComparer.Ordinal)]));
            items.Add((JsonNode)new JsonObject()
                .With("uuid", StableUuid.Of("poam-item", submission.Identity, gap.Key.ToString()))
                .With("title", $"{gap.Key.ControlId} {submission.Title(gap.Key)}")
                .With("description", finding.Reason.Length == 0 ? Verdicts.Word(finding.Kind) : finding.Reason)
                .With("props", Array([
                    Prop("catalog", gap.Key.Catalog.ToString()),
                    Prop("control", gap.Key.ControlId),
                    .. gap.Select(g => Prop("finding", Verdicts.Word(g.Finding.Kind), @class: OscalTokens.IsToken(g.Baseline) ? g.Baseline : null)),
                    .. gap.Select(g => g.Baseline).Distinct(StringComparer.Ordinal).Select(b => Prop("baseline-id", b)),
                ]))
                .With("related-risks", new JsonArray(new JsonObject().With("risk-uuid", riskId)))
                .With("remarks", finding.Claim?.Poam.IsEmpty != false ? "The vendor gives no plan of action for this control." : null));
        }

        var body = new JsonObject()
            .With("uuid", StableUuid.Of("poam", submission.Identity))
            .With("metadata", submission.Metadata($"Plan of action and milestones for {submission.Attestation.Name}"))
            .With("system-id", new JsonObject()
                .With("identifier-type", "https://procurementbaseline.dev/ns/oscal/product")
                .With("id", $"{submission.Attestation.Vendor.Name} {submission.Attestation.Product.Name} {submission.Attestation.Product.Version}"))
            .With("risks", risks)
            .With("poam-items", items);
        return new JsonObject { ["plan-of-action-and-milestones"] = body };
    }

    private static JsonObject Risk(AssessedSubmission submission, ControlKey control, Finding finding, string riskId, IReadOnlyList<string> baselines)
    {
        var milestones = finding.Claim?.Poam ?? [];
        var tasks = milestones.Select((m, i) => new JsonObject()
            .With("uuid", StableUuid.Of("milestone", riskId, i.ToString(CultureInfo.InvariantCulture)))
            .With("type", "milestone")
            .With("title", m.Description)
            .With("timing", new JsonObject().With("on-date", new JsonObject().With("date", DateTime(m.Due)))));
        return new JsonObject()
            .With("uuid", riskId)
            .With("title", $"{control.ControlId} is not met")
            .With("description", finding.Reason.Length == 0 ? Verdicts.Word(finding.Kind) : finding.Reason)
            .With("statement", finding.Residual ?? $"Until {control} ({submission.Title(control)}) is met, the submission has a gap against {string.Join(", ", baselines)}.")
            .With("status", milestones.IsEmpty ? "open" : "remediating")
            .With("deadline", milestones.IsEmpty ? null : DateTime(milestones.Max(m => m.Due)))
            .With("remediations", milestones.IsEmpty ? null : new JsonArray(new JsonObject()
                .With("uuid", StableUuid.Of("remediation", riskId))
                .With("lifecycle", "planned")
                .With("title", "The vendor's plan of action")
                .With("description", finding.Claim?.Statement ?? "The milestones the vendor attests to.")
                .With("tasks", Array(tasks))));
    }
}
