using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Application.Drafts;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Server.Authentication;

namespace ProcurementBaseline.Server.Portal.Pages.Drafts;

/// <summary>
/// A draft's overview: the attestation's header, progress per baseline as the registry would assess it now, the pages
/// of claims, downloads, and submitting it signed.
/// </summary>
internal static class DraftPage
{
    public static async Task<IResult> Start(HttpContext context, string id, AttestationDrafts drafts, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        var started = await drafts.Start(context.Caller(), id, form["plan"].ToString() == "on", cancel);
        return started.Problem is { } problem ? Layout.Problem(context, problem) : Results.Redirect($"/portal/drafts/{started.Value!.Id}");
    }

    public static async Task<IResult> Show(HttpContext context, string id, AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel,
        RegistryProblem? problem = null)
    {
        var (view, refused) = await Open(context, id, drafts, cancel);
        if (view is null)
        {
            return refused!;
        }

        var content = view.Draft.Content;
        var (assessment, check) = await drafts.Preview(view, cancel);
        var outline = DraftOutline.Of(content, loaded.Standards.Catalogs);
        var baseUrl = $"/portal/drafts/{view.Draft.Id}";
        var submit = check.HasErrors ? Html.Of($"<p class=\"hint\">Fix the errors above and on the pages to preview the verdicts and submit.</p>") : await Submit(context, drafts, view, cancel);
        var body = Html.Of($"""
            <p><a href="/portal/procurements/{view.Procurement.Id}">{view.Procurement.Title}</a> · revision {view.Draft.Revision} · saved {Timestamps.Format(view.Draft.Updated)}</p>
            {Layout.Alert("draft-error", problem)}
            <h2 id="progress">Progress</h2>
            <p id="answered">{check.Answered} of {check.Claims} controls answered · {check.Problems.Count(p => p.Diagnostic.IsError)} errors · {check.Warnings} warnings</p>
            {Progress(assessment)}
            {Layout.Form(context, baseUrl, Html.Of($"""
                <input type="hidden" name="revision" value="{view.Draft.Revision}">
                <div><label>Vendor</label><p>{view.Vendor.Name}{(view.Vendor.VendorId is { } vid ? $" ({vid})" : "")}</p></div>
                {Input(check, "product", "Product", content.Product)}
                {Input(check, "product-version", "Product version", content.ProductVersion)}
                {Input(check, "signatory", "Signatory (who signs for the vendor)", content.Signatory)}
                {Input(check, "role", "Signatory's role", content.Role)}
                {Input(check, "date", "Date (YYYY-MM-DD)", content.Date)}
                {FieldProblems.Render(check, "")}
                <div><button type="submit">Save</button></div>
                """), "Attestation", css: "stacked")}
            <h2 id="pages">Controls</h2>
            <ol class="draft-pages">{Html.Join(outline.Groups.Select((g, n) => (g, n)), x => Html.Of($"""
                <li><a href="{baseUrl}/pages/{x.n + 1}">{x.g.Title}</a> <span class="hint">{x.g.Claims.Count(i => content.Claims[i].IsAnswered)} of {x.g.Claims.Count} answered{Problems(check, x.g)}</span></li>
                """))}</ol>
            <h2 id="files">Download</h2>
            <ul>
            <li><a href="{baseUrl}/files/attestation.yaml" download>The attestation (YAML)</a>, for <span class="code">procbase attest validate</span> or your records</li>
            {Html.When(!check.HasErrors, Html.Of($"<li><a href=\"{baseUrl}/files/bundle.zip\" download>The bundle, unsigned</a>: sign it with <span class=\"code\">procbase attest sign</span> and upload it on the procurement's page</li>"))}
            </ul>
            {submit}
            """);
        return Layout.Page(context, $"Attestation for {view.Procurement.Title}", body, problem is null ? StatusCodes.Status200OK : Api.Problems.Status(problem.Kind), signing: true);
    }

    public static async Task<IResult> SaveHeader(HttpContext context, string id, AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        var (view, refused) = await Open(context, id, drafts, cancel);
        if (view is null)
        {
            return refused!;
        }

        var saved = await drafts.Save(view, DraftForm.Header(form, view.Draft.Content), Revision(form), cancel);
        return saved.Problem is { } problem ? await Show(context, id, drafts, loaded, cancel, problem) : Results.Redirect($"/portal/drafts/{id}#progress");
    }

    public static async Task<IResult> Download(HttpContext context, string id, string file, AttestationDrafts drafts, CancellationToken cancel)
    {
        var (view, refused) = await Open(context, id, drafts, cancel);
        if (view is null)
        {
            return refused!;
        }

        if (file is not ("attestation.yaml" or "bundle.zip" or "statement.bin"))
        {
            return Layout.Problem(context, RegistryProblem.NotFound("file", file));
        }

        if (file == "attestation.yaml")
        {
            return Results.File(view.Yaml().Bytes, "application/yaml", DraftYaml.FileName);
        }

        var bundle = await drafts.Bundle(view, cancel);
        if (bundle.Problem is { } problem)
        {
            return Layout.Problem(context, problem);
        }

        return file == "statement.bin"
            ? Results.File(bundle.Value!.SignedBytes, "application/octet-stream", "statement.bin")
            : Results.File(bundle.Value!.Archive, "application/zip", "bundle.zip");
    }

    public static async Task<IResult> SubmitSigned(HttpContext context, string id, AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        var (view, refused) = await Open(context, id, drafts, cancel);
        if (view is null)
        {
            return refused!;
        }

        var signature = new byte[256];
        if (!Convert.TryFromBase64String(form["signature"].ToString().Trim(), signature, out var length))
        {
            return await Show(context, id, drafts, loaded, cancel, RegistryProblem.Invalid("signature", "must be the signature in base64 (DER, or the 64 bytes r||s)"));
        }

        var submitted = await drafts.Submit(context.Caller(), view, Revision(form), signature[..length], cancel);
        return submitted.Problem is { } problem ? await Show(context, id, drafts, loaded, cancel, problem) : Results.Redirect($"/portal/submissions/{submitted.Value!.Id}");
    }

    public static int Revision(IFormCollection form) => int.TryParse(form["revision"].ToString(), out var revision) ? revision : -1;

    /// <summary>The caller's draft, or the problem page when it is not theirs (or not there).</summary>
    public static async Task<(DraftView? View, IResult? Refused)> Open(HttpContext context, string id, AttestationDrafts drafts, CancellationToken cancel)
    {
        var opened = await drafts.Open(context.Caller(), id, cancel);
        return opened.Problem is { } refused ? (null, Layout.Problem(context, refused)) : (opened.Value, null);
    }

    private static async Task<Html> Submit(HttpContext context, AttestationDrafts drafts, DraftView view, CancellationToken cancel)
    {
        var bundle = await drafts.Bundle(view, cancel);
        if (bundle.Value is not { } built)
        {
            return Html.Empty;
        }

        return Html.Of($"""
            <h2 id="submit">Sign and submit</h2>
            <p>Your signature covers the statement of this bundle (sha256 <span class="code">{built.StatementSha256}</span>): every file's sha256 and the standards it pins. Sign it with a key your organisation registered; the registry never sees the private key.</p>
            <p>Download <a href="/portal/drafts/{view.Draft.Id}/files/statement.bin" download>the bytes to sign</a>, sign them where your key is (<span class="code">openssl dgst -sha256 -sign key.pem statement.bin | base64 -w0</span>) and paste the signature here. Or download the unsigned bundle above, sign it with <span class="code">procbase attest sign</span>, and upload it on the procurement's page.</p>
            <div class="in-browser" hidden>
                <h3>Sign in this browser</h3>
                <p>Choose your private key's file (an unencrypted PKCS#8 PEM, as <span class="code">procbase key new</span> or this portal makes it). This page reads it to sign and does not send it.</p>
                <div><label for="signing-key">Private key file</label><input type="file" id="signing-key" accept=".pem,.key"></div>
                <p><button type="button" id="sign-here" data-statement="/portal/drafts/{view.Draft.Id}/files/statement.bin">Sign the statement</button></p>
                <p id="sign-status" role="status"></p>
            </div>
            {Layout.Form(context, $"/portal/drafts/{view.Draft.Id}/submit", Html.Of($"""
                <input type="hidden" name="revision" value="{view.Draft.Revision}">
                <div><label for="signature">Signature (base64)</label><textarea id="signature" name="signature" required rows="3"></textarea></div>
                <div><button type="submit">Submit signed</button></div>
                """), "Sign and submit", css: "stacked")}
            """);
    }

    private static Html Progress(Application.Assessment.SubmissionAssessment? assessment) =>
        assessment is null ? Html.Empty : Html.Of($"""
            <table id="preview"><caption class="hint">As the registry would assess it today</caption>
            <thead><tr><th scope="col">Baseline</th><th scope="col">Nation</th><th scope="col">Verdict</th><th scope="col">Controls met</th></tr></thead>
            <tbody>{Html.Join(assessment.Json.Baselines, b => Html.Of($"""
                <tr><td>{b.Id}</td><td>{b.Jurisdiction}</td><td>{Layout.Verdict(b.Verdict)}</td><td><meter min="0" max="{b.Scores.Overall.Required}" value="{b.Scores.Overall.Met}">{b.Scores.Overall.Met}/{b.Scores.Overall.Required}</meter> {b.Scores.Overall.Met}/{b.Scores.Overall.Required}</td></tr>
                """))}</tbody></table>
            """);

    private static string Problems(DraftCheck check, DraftOutline.Group group)
    {
        var count = group.Claims.Sum(i => check.CountWithin(DraftFields.Claim(i)));
        return count == 0 ? "" : $" · {count} to fix";
    }

    private static Html Input(DraftCheck check, string field, string label, string value) => Html.Of($"""
        <div><label for="{field}">{label}</label><input type="text" id="{field}" name="{field}" value="{value}"{FieldProblems.Describe(check, field)}>{FieldProblems.Render(check, field)}</div>
        """);
}
