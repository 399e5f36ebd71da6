using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>
/// One submission version: who and what, the verdict per baseline, what changed since the vendor's previous version, the
/// findings (filtered and sorted, each inferred one with its derivation), the evidence checks, decisions and downloads.
/// </summary>
internal static class SubmissionPage
{
    public static async Task<IResult> Show(HttpContext context, string id, RegistrySubmissions registry, RegistryAccounts accounts, HarmonisationSet loaded, CancellationToken cancel,
        RegistryProblem? decisionProblem = null)
    {
        var caller = context.Caller();
        var found = await registry.Submission(caller, id, cancel);
        if (found.Problem is { } problem)
        {
            return Layout.Problem(context, problem);
        }

        var submission = found.Value!;
        var assessment = await Assessment(registry, caller, submission.Id, cancel);
        if (assessment is null)
        {
            return Layout.Problem(context, RegistryProblem.NotFound("assessment", submission.Id));
        }

        var procurement = (await registry.Procurement(caller, submission.ProcurementId, cancel)).Value!;
        var previous = await Previous(registry, caller, submission, cancel);
        var decisions = (await registry.Decisions(caller, submission.Id, cancel)).Value ?? [];
        var filter = FindingFilter.From(context.Request.Query, assessment);
        var reviewer = caller.ReviewsFor(procurement.AgencyId);
        var body = Html.Of($"""
            <p><a href="/portal/procurements/{procurement.Id}">{procurement.Title}</a></p>
            {Facts(submission, assessment)}
            <h2 id="verdicts">Verdicts</h2>
            {Verdicts(assessment)}
            <h2 id="downloads">Downloads</h2>
            <ul class="downloads">{Html.Join(Downloads, d => Html.Of($"<li><a href=\"/portal/submissions/{submission.Id}/files/{d.Format}\" download>{d.Label}</a></li>"))}</ul>
            <h2 id="changes">Changes since the previous version</h2>
            {Changes(previous, assessment)}
            <h2 id="decisions">Decisions</h2>
            {DecisionList(decisions)}
            {Html.When(reviewer, DecisionForm(context, submission, decisionProblem))}
            <h2 id="findings-heading">Findings</h2>
            {FindingsTable.Render(submission.Id, assessment, filter, loaded)}
            """);
        return Layout.Page(context, $"{assessment.Attestation.Vendor}: {assessment.Attestation.Product} {assessment.Attestation.ProductVersion} (version {submission.Version})", body,
            decisionProblem is null ? StatusCodes.Status200OK : Api.Problems.Status(decisionProblem.Kind));
    }

    public static async Task<IResult> Decide(HttpContext context, string id, RegistrySubmissions registry, RegistryAccounts accounts, HarmonisationSet loaded, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        _ = int.TryParse(form["revision"].ToString(), out var revision);
        var decided = await registry.Decide(context.Caller(), id, form["outcome"].ToString(), form["reason"].ToString(), revision, cancel);
        return decided.Problem is { } problem
            ? await Show(context, id, registry, accounts, loaded, cancel, problem)
            : Results.Redirect($"/portal/submissions/{id}#decisions");
    }

    public static async Task<IResult> Download(HttpContext context, string id, string format, RegistrySubmissions registry, CancellationToken cancel)
    {
        var caller = context.Caller();
        var file = format switch
        {
            "json" => await registry.File(caller, id, RegistrySubmissions.AssessmentFile, cancel),
            "bundle" => await registry.File(caller, id, RegistrySubmissions.BundleFile, cancel),
            _ => await registry.Report(caller, id, format, cancel),
        };
        return file.Problem is { } problem ? Layout.Problem(context, problem) : Results.File(file.Value!.Content, file.Value.MediaType, $"{id}-{file.Value.Name}");
    }

    public static async Task<AssessmentJson?> Assessment(RegistrySubmissions registry, Caller caller, string id, CancellationToken cancel) =>
        (await registry.File(caller, id, RegistrySubmissions.AssessmentFile, cancel)).Value is { } file ? ApplicationJson.ReadAssessment(file.Content) : null;

    private static readonly (string Format, string Label)[] Downloads =
        [("pdf", "PDF report"), ("html", "HTML report"), ("md", "Markdown report"), ("json", "Assessment (JSON)"), ("oscal", "OSCAL assessment results"), ("oscal-poam", "OSCAL POA&M"), ("bundle", "Signed bundle")];

    private static async Task<AssessmentJson?> Previous(RegistrySubmissions registry, Caller caller, Submission submission, CancellationToken cancel)
    {
        if (submission.Version <= 1)
        {
            return null;
        }

        var versions = await registry.Submissions(caller, new SubmissionQuery(submission.ProcurementId, submission.VendorId, null, false, 1, RegistryOptions.MaxPageSize), cancel);
        return versions.Value?.Items.FirstOrDefault(s => s.Version == submission.Version - 1) is { } before ? await Assessment(registry, caller, before.Id, cancel) : null;
    }

    private static Html Facts(Submission submission, AssessmentJson assessment)
    {
        var bundle = assessment.Attestation.Bundle;
        var signatures = bundle is null ? Html.Empty : Html.Join(bundle.Signatures, s => Html.Of($"<li><span class=\"code\">{s.KeyId}</span> {s.Role}: {(s.Valid ? "valid" : "invalid")}, {(s.Trusted ? "trusted key" : "untrusted key")}</li>"));
        return Html.Of($"""
            <dl class="facts">
            <dt>Vendor</dt><dd>{assessment.Attestation.Vendor}{Html.When(assessment.Attestation.VendorId is not null, Html.Of($" <span class=\"hint\">({assessment.Attestation.VendorId})</span>"))}</dd>
            <dt>Signatory</dt><dd>{assessment.Attestation.Signatory}, {assessment.Attestation.Date}</dd>
            <dt>Submitted</dt><dd>{Timestamps.Format(submission.Created)}, assessed as of {assessment.AsOf}</dd>
            <dt>Bundle</dt><dd><span class="code">{submission.BundleSha256}</span> ({submission.BundleSize} bytes), {(submission.Verified ? "verified" : "NOT verified")}</dd>
            <dt>Signatures</dt><dd><ul>{signatures}</ul></dd>
            <dt>Overall</dt><dd>{Layout.Verdict(submission.Verdict)}</dd>
            <dt>Decision</dt><dd>{submission.Decision ?? "awaiting review"}</dd>
            </dl>
            """);
    }

    private static Html Verdicts(AssessmentJson assessment) => Html.Of($"""
        <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table id="verdict-table">
        <thead><tr><th scope="col">Baseline</th><th scope="col">Nation</th><th scope="col">Verdict</th><th scope="col" class="number">Score</th><th scope="col">Why</th></tr></thead>
        <tbody>{Html.Join(assessment.Baselines, b => Html.Of($"""
            <tr><td>{b.Title} <span class="hint">({b.Id})</span></td><td>{b.Jurisdiction}</td><td>{Layout.Verdict(b.Verdict)}</td>
            <td class="number">{b.Scores.Overall.Share * 100:0} % ({b.Scores.Overall.Met}/{b.Scores.Overall.Required})</td>
            <td><ul>{Html.Join(b.Reasons, r => Html.Of($"<li>{r}</li>"))}</ul></td></tr>
            """))}</tbody></table></div>
        """);

    private static Html Changes(AssessmentJson? previous, AssessmentJson current)
    {
        if (previous is null)
        {
            return Html.Of($"<p>This is the vendor's first version.</p>");
        }

        var before = previous.Baselines.SelectMany(b => b.Findings.Select(f => (Key: (b.Id, f.Control), f.Finding))).ToDictionary(x => x.Key, x => x.Finding);
        var changed = current.Baselines.SelectMany(b => b.Findings.Select(f => (b.Id, f.Control, f.Title, Before: before.GetValueOrDefault((b.Id, f.Control)), Now: f.Finding)))
            .Where(c => c.Before != c.Now).ToList();
        if (changed.Count == 0)
        {
            return Html.Of($"<p>No finding changed since the previous version.</p>");
        }

        return Html.Of($"""
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table id="changes-table">
            <caption class="hint">{changed.Count} findings changed</caption>
            <thead><tr><th scope="col">Baseline</th><th scope="col">Control</th><th scope="col">Before</th><th scope="col">Now</th></tr></thead>
            <tbody>{Html.Join(changed, c => Html.Of($"<tr><td>{c.Id}</td><td><span class=\"code\">{c.Control}</span> {c.Title}</td><td>{c.Before ?? "not required"}</td><td class=\"finding-{Layout.Css(c.Now)}\">{c.Now}</td></tr>"))}</tbody>
            </table></div>
            """);
    }

    private static Html DecisionList(IReadOnlyList<Decision> decisions) =>
        decisions.Count == 0
            ? Html.Of($"<p>No decision yet.</p>")
            : Html.Of($"<ol class=\"decisions\">{Html.Join(decisions, d => Html.Of($"<li><strong>{d.Outcome}</strong> by {d.ReviewerId} at {Timestamps.Format(d.Created)}: {d.Reason}</li>"))}</ol>");

    private static Html DecisionForm(HttpContext context, Submission submission, RegistryProblem? problem) => Html.Of($"""
        {Layout.Alert("decision-error", problem)}
        {Layout.Form(context, $"/portal/submissions/{submission.Id}/decisions", Html.Of($"""
            <input type="hidden" name="revision" value="{submission.DecisionRevision}">
            <fieldset><legend>Decision</legend>
            <div><input type="radio" id="outcome-accept" name="outcome" value="accept" required> <label class="inline-label" for="outcome-accept">Accept</label></div>
            <div><input type="radio" id="outcome-request-changes" name="outcome" value="request-changes"> <label class="inline-label" for="outcome-request-changes">Request changes</label></div>
            <div><input type="radio" id="outcome-reject" name="outcome" value="reject"> <label class="inline-label" for="outcome-reject">Reject</label></div>
            </fieldset>
            <div><label for="reason">Reason</label><textarea id="reason" name="reason" required maxlength="4000"{Html.When(problem is not null, new(" aria-describedby=\"decision-error\" aria-invalid=\"true\""))}></textarea></div>
            <div><button type="submit">Record the decision</button></div>
            """), "Record a decision", css: "stacked")}
        """);
}
