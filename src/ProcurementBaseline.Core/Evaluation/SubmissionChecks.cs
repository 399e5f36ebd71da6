using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// The problems of form that assess turns into an evidence-problem or not-met finding, reported as diagnostics at
/// the as-of date, so that <c>attest validate</c> says beforehand what <c>assess</c> will find. Each comes from the
/// same <see cref="ClaimAssessment"/> the evaluator uses, so the two cannot disagree.
/// </summary>
public static class SubmissionChecks
{
    public static void Check(Attestation attestation, IReadOnlyList<ResolvedBaseline> baselines, DateOnly asOf, IEvidenceVerifier evidence, DiagnosticBag diagnostics, string file)
    {
        if (attestation.Date > asOf)
        {
            diagnostics.Add(DiagnosticCodes.AttestationDatedAfterAsOf, attestation.DateOrigin ?? SourceLocation.WholeFile(file), Date(attestation.Date), Date(asOf));
        }

        var requiredBy = new Dictionary<ControlKey, List<ResolvedBaseline>>();
        foreach (var baseline in baselines)
        {
            foreach (var required in baseline.Controls)
            {
                if (!requiredBy.TryGetValue(required.Key, out var list))
                {
                    requiredBy[required.Key] = list = [];
                }

                list.Add(baseline);
            }
        }

        var defaultPolicy = new AcceptancePolicy();
        var reported = new HashSet<(string Code, SourceLocation? At, string Message)>();
        foreach (var claim in attestation.Claims)
        {
            // A claim is judged by the baselines that require it; one that only counts through mappings, by them all.
            IReadOnlyList<ResolvedBaseline> judges = requiredBy.TryGetValue(claim.Control, out var direct) ? direct : baselines;
            if (judges.Count == 0)
            {
                Report(ClaimAssessment.Assess(claim, defaultPolicy, asOf, evidence).Issues("the default policy"));
                continue;
            }

            foreach (var baseline in judges)
            {
                var id = baseline.Baseline.Id;
                Report(ClaimAssessment.Assess(claim, baseline.Baseline.Policy, asOf, evidence, id).Issues(id));
            }
        }

        void Report(IEnumerable<ClaimIssue> issues)
        {
            foreach (var issue in issues)
            {
                if (reported.Add((issue.Code.Code, issue.At, issue.Message)))
                {
                    diagnostics.Add(issue.ToDiagnostic(file));
                }
            }
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
