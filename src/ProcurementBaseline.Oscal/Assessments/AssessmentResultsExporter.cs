using System.Globalization;
using System.Text.Json.Nodes;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Oscal.Writing;
using static ProcurementBaseline.Oscal.Writing.OscalNodes;

namespace ProcurementBaseline.Oscal.Assessments;

/// <summary>
/// Writes an assessment as OSCAL 1.2 assessment-results: one result per baseline evaluated, with the controls it
/// reviewed, one finding per required control (satisfied or not, our finding kind, priority and verdict as props, the
/// mapping derivation of an inferred finding in its remarks), and one observation per evidence item the findings rest
/// on, whose relevant evidence points at a back-matter resource holding the file's href and sha256.
/// </summary>
public static class AssessmentResultsExporter
{
    public static JsonObject Export(AssessedSubmission submission)
    {
        var evidence = new EvidenceResources(submission);
        var results = new JsonArray();
        foreach (var evaluation in submission.Evaluations)
        {
            results.Add((JsonNode)Result(submission, evaluation, evidence));
        }

        var attestation = submission.Attestation;
        var body = new JsonObject()
            .With("uuid", StableUuid.Of("assessment-results", submission.Identity))
            .With("metadata", submission.Metadata($"Assessment of {attestation.Name}"))
            .With("import-ap", new JsonObject()
                .With("href", PathHref(submission.AttestationFile))
                .With("remarks", "procbase assesses the vendor's attestation against procurement baselines; the attestation stands in for an assessment plan."))
            .With("results", results)
            .With("back-matter", evidence.Count == 0 ? null : new JsonObject().With("resources", Array(evidence.Resources)));
        return new JsonObject { ["assessment-results"] = body };
    }

    private static JsonObject Result(AssessedSubmission submission, BaselineEvaluation evaluation, EvidenceResources evidence)
    {
        var baseline = evaluation.Baseline.Baseline;
        var resultId = StableUuid.Of("result", submission.Identity, baseline.Id, baseline.Version);
        var observations = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var findings = new JsonArray();
        foreach (var finding in evaluation.Findings)
        {
            var related = new JsonArray();
            foreach (var claim in submission.ClaimsOf(finding))
            {
                for (var index = 0; index < claim.Evidence.Length; index++)
                {
                    var observation = Observation(submission, resultId, claim, index, evidence);
                    var uuid = observation["uuid"]!.GetValue<string>();
                    observations.TryAdd(uuid, observation);
                    related.Add((JsonNode)new JsonObject().With("observation-uuid", uuid));
                }
            }

            findings.Add((JsonNode)Finding(submission, resultId, finding, related));
        }

        var catalogs = evaluation.Baseline.Controls.GroupBy(c => c.Key.Catalog).ToList();
        return new JsonObject()
            .With("uuid", resultId)
            .With("title", baseline.Title)
            .With("description", string.Join("\n\n", evaluation.Reasons.Prepend($"Verdict: {evaluation.Verdict.ToString().ToLowerInvariant()}.")))
            .With("start", DateTime(submission.AsOf))
            .With("end", DateTime(submission.AsOf))
            .With("props", Array([
                Prop("baseline-id", baseline.Id),
                Prop("baseline-version", baseline.Version),
                Prop("verdict", evaluation.Verdict.ToString().ToLowerInvariant()),
                Prop("met", evaluation.Overall.Met.ToString(CultureInfo.InvariantCulture)),
                Prop("counted", evaluation.Overall.Required.ToString(CultureInfo.InvariantCulture)),
            ]))
            .With("reviewed-controls", new JsonObject().With("control-selections", Array(catalogs.Select(g => new JsonObject()
                .With("description", $"The controls of {g.Key} that {baseline.Id} requires.")
                .With("props", new JsonArray(Prop("catalog", g.Key.ToString())))
                .With("include-controls", Array(g.Select(c => new JsonObject().With("control-id", submission.Token(c.Key)))))))))
            .With("observations", Array(observations.Values))
            .With("findings", findings);
    }

    private static JsonObject Finding(AssessedSubmission submission, string resultId, Finding finding, JsonArray related)
    {
        var met = finding.IsMet || finding.Kind == FindingKind.NotApplicable;
        var remarks = finding.Derivation is { } derivation && finding.Kind != FindingKind.Met
            ? $"Derivation: {derivation}"
            : finding.Path is { } path ? $"Through the mappings {path}" : null;
        return new JsonObject()
            .With("uuid", StableUuid.Of("finding", resultId, finding.Control.ToString()))
            .With("title", $"{finding.Control.ControlId} {submission.Title(finding.Control)}")
            .With("description", finding.Reason.Length == 0 ? Verdicts.Word(finding.Kind) : finding.Reason)
            .With("props", Array([
                Prop("finding", Verdicts.Word(finding.Kind)),
                Prop("priority", finding.Priority.ToString().ToLowerInvariant()),
                Prop("catalog", finding.Control.Catalog.ToString()),
                Prop("control", finding.Control.ControlId),
                Prop("due", finding.Due is { } due ? Date(due) : null),
            ]))
            .With("target", new JsonObject()
                .With("type", "objective-id")
                .With("target-id", submission.Token(finding.Control))
                .With("status", new JsonObject()
                    .With("state", met ? "satisfied" : "not-satisfied")
                    .With("reason", finding.Kind == FindingKind.NotApplicable ? "other" : met ? "pass" : "fail")))
            .With("related-observations", related)
            .With("remarks", remarks);
    }

    private static JsonObject Observation(AssessedSubmission submission, string resultId, Claim claim, int index, EvidenceResources evidence)
    {
        var item = claim.Evidence[index];
        var uuid = StableUuid.Of("observation", resultId, claim.Control.ToString(), index.ToString(CultureInfo.InvariantCulture));
        var resource = evidence.Uuid(item);
        return new JsonObject()
            .With("uuid", uuid)
            .With("title", item.Title)
            .With("description", $"Evidence the vendor gives for {claim.Control}: {item.Title}.")
            .With("props", Array([Prop("claim", claim.Control.ToString())]))
            .With("methods", new JsonArray("EXAMINE"))
            .With("collected", DateTime(item.Issued ?? submission.Attestation.Date))
            .With("expires", item.Expires is { } expires ? DateTime(expires) : null)
            .With("relevant-evidence", new JsonArray(new JsonObject()
                .With("href", resource is null ? null : "#" + resource)
                .With("description", item.Title)));
    }

    private static string? AbsoluteUri(string? uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed.AbsoluteUri : null;

    /// <summary>One back-matter resource per evidence file or address, holding its href and, for a file, its sha256.</summary>
    private sealed class EvidenceResources(AssessedSubmission submission)
    {
        private readonly Dictionary<string, JsonObject> _byKey = new(StringComparer.Ordinal);

        public int Count => _byKey.Count;

        public IEnumerable<JsonObject> Resources => _byKey.Values;

        public string? Uuid(Evidence item)
        {
            var href = item.Path is { } path ? PathHref(path) : AbsoluteUri(item.Uri);
            if (href is null)
            {
                return null;
            }

            var key = string.Join('\u001f', href, item.Sha256 ?? string.Empty);
            if (!_byKey.TryGetValue(key, out var resource))
            {
                resource = new JsonObject()
                    .With("uuid", StableUuid.Of("evidence", submission.Identity, key))
                    .With("title", item.Title)
                    .With("rlinks", new JsonArray(new JsonObject()
                        .With("href", href)
                        .With("hashes", item.Sha256 is null ? null : new JsonArray(new JsonObject().With("algorithm", "SHA-256").With("value", item.Sha256)))));
                _byKey[key] = resource;
            }

            return resource["uuid"]!.GetValue<string>();
        }
    }
}
