using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Application.Drafts;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>
/// One procurement: what it requires, its submissions (the review queue for the agency's staff, a vendor's own versions
/// for the vendor), and for vendors the upload of a signed bundle.
/// </summary>
internal static class ProcurementPage
{
    private const int PageSize = 50;

    public static async Task<IResult> Show(HttpContext context, string id, RegistrySubmissions registry, RegistryAccounts accounts, AttestationDrafts attestations, CancellationToken cancel,
        RegistryProblem? uploadProblem = null)
    {
        var caller = context.Caller();
        var found = await registry.Procurement(caller, id, cancel);
        if (found.Problem is { } problem)
        {
            return Layout.Problem(context, problem);
        }

        var procurement = found.Value!;
        var query = context.Request.Query;
        var verdict = Choice(query["verdict"].ToString(), "pass", "conditional", "fail");
        var latest = query["latest"].ToString() == "on";
        var pageNumber = int.TryParse(query["page"].ToString(), out var n) && n is > 0 and < 100_000 ? n : 1;
        var listed = await registry.Submissions(caller, new SubmissionQuery(id, null, verdict, latest, pageNumber, PageSize), cancel);
        if (listed.Problem is { } listing)
        {
            return Layout.Problem(context, listing);
        }

        var page = listed.Value!;
        var names = await accounts.OrganisationNames(page.Items.Select(s => s.VendorId), cancel);
        var reviewer = caller.ReviewsFor(procurement.AgencyId);
        var drafts = caller.Role == Role.Vendor
            ? await attestations.Drafts(caller, procurement.Id, cancel)
            : [];
        var body = Html.Of($"""
            <dl class="facts">
            <dt>Baselines</dt><dd>{string.Join(", ", procurement.Baselines)}</dd>
            <dt>Closes</dt><dd>{Timestamps.Day(procurement.Closes)}</dd>
            <dt>Opened</dt><dd>{Timestamps.Format(procurement.Created)}</dd>
            </dl>
            {Html.When(caller.Role == Role.Vendor, Attest(context, procurement, drafts))}
            {Html.When(caller.Role == Role.Vendor, Upload(context, procurement, uploadProblem))}
            <h2 id="submissions">{(reviewer ? "Review queue" : "Your submissions")}</h2>
            {Html.When(reviewer, Html.Of($"<p><a href=\"/portal/procurements/{procurement.Id}/compare\">Compare vendors side by side</a></p>"))}
            <form method="get" action="/portal/procurements/{procurement.Id}" class="filters" aria-label="Filter submissions">
            <div><label for="verdict">Verdict</label><select id="verdict" name="verdict">{Options(verdict, "", "pass", "conditional", "fail")}</select></div>
            <div><input type="checkbox" id="latest" name="latest" value="on"{Html.When(latest, new(" checked"))}> <label for="latest" class="inline-label">Latest version of each vendor only</label></div>
            <div><button type="submit">Filter</button></div>
            </form>
            {Queue(page, names)}
            {Pager(procurement.Id, page, verdict, latest)}
            """);
        return Layout.Page(context, procurement.Title, body, uploadProblem is null ? StatusCodes.Status200OK : Api.Problems.Status(uploadProblem.Kind));
    }

    public static async Task<IResult> Submit(HttpContext context, string id, RegistrySubmissions registry, RegistryAccounts accounts, AttestationDrafts attestations, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        if (form.Files.GetFile("bundle") is not { Length: > 0 } file)
        {
            return await Show(context, id, registry, accounts, attestations, cancel, RegistryProblem.Invalid("bundle", "choose the signed bundle (.zip) to upload"));
        }

        await using var upload = file.OpenReadStream();
        var submitted = await registry.Submit(context.Caller(), id, upload, cancel);
        return submitted.Problem is { } problem
            ? await Show(context, id, registry, accounts, attestations, cancel, problem)
            : Results.Redirect($"/portal/submissions/{submitted.Value!.Id}");
    }

    private static Html Attest(HttpContext context, Procurement procurement, IReadOnlyList<Draft> drafts) => Html.Of($"""
        <h2 id="attest">Fill in an attestation</h2>
        {Html.When(drafts.Count > 0, Html.Of($"<ul id=\"drafts\">{Html.Join(drafts, d => Html.Of($"<li><a href=\"/portal/drafts/{d.Id}\">Attestation started {Timestamps.Format(d.Created)}</a> <span class=\"hint\">{d.Content.Claims.Count(c => c.IsAnswered)} of {d.Content.Claims.Length} answered, saved {Timestamps.Format(d.Updated)}</span></li>"))}</ul>"))}
        {Layout.Form(context, $"/portal/procurements/{procurement.Id}/drafts", Html.Of($"""
            <div><input type="checkbox" id="plan" name="plan" value="on"> <label for="plan" class="inline-label">Attest once: only the fewest claims that meet every baseline's must controls, through the crosswalks</label></div>
            <div><button type="submit">Start an attestation</button></div>
            """), "Start an attestation", css: "stacked")}
        """);

    private static Html Upload(HttpContext context, Procurement procurement, RegistryProblem? problem) => Html.Of($"""
        <h2 id="submit">Submit a signed bundle</h2>
        <p class="hint">Make it with <span class="code">procbase attest bundle</span> and sign it with <span class="code">procbase attest sign</span>, with a key your organisation registered. Each upload is a new version; earlier ones are kept.</p>
        {Layout.Alert("upload-error", problem)}
        {Layout.Form(context, $"/portal/procurements/{procurement.Id}/submissions", Html.Of($"""
            <div><label for="bundle">Signed bundle (.zip)</label><input type="file" id="bundle" name="bundle" accept=".zip,application/zip" required{Html.When(problem is not null, new(" aria-describedby=\"upload-error\" aria-invalid=\"true\""))}></div>
            <div><button type="submit">Submit</button></div>
            """), "Submit a signed bundle", upload: true, css: "stacked")}
        """);

    private static Html Queue(Page<Submission> page, IReadOnlyDictionary<string, string> names)
    {
        if (page.Items.Count == 0)
        {
            return Html.Of($"<p>No submissions match.</p>");
        }

        var rows = Html.Join(page.Items, s => Html.Of($"""
            <tr><td><a href="/portal/submissions/{s.Id}">{names.GetValueOrDefault(s.VendorId, s.VendorId)}</a></td><td class="number">{s.Version}</td>
            <td>{Layout.Verdict(s.Verdict)}</td><td>{Html.Join(s.Baselines, b => Html.Of($"<span class=\"nowrap\">{b.Baseline} {b.Met}/{b.Required}</span> "))}</td>
            <td>{s.Decision ?? "awaiting review"}</td><td>{Timestamps.Format(s.Created)}</td></tr>
            """));
        return Html.Of($"""
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table id="queue">
            <caption class="hint">{page.Total} submissions</caption>
            <thead><tr><th scope="col">Vendor</th><th scope="col" class="number">Version</th><th scope="col">Verdict</th><th scope="col">Controls met</th><th scope="col">Decision</th><th scope="col">Submitted</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            """);
    }

    private static Html Pager(string id, Page<Submission> page, string? verdict, bool latest)
    {
        var pages = (page.Total + page.PageSize - 1) / page.PageSize;
        if (pages <= 1)
        {
            return Html.Empty;
        }

        string Link(int number) => $"/portal/procurements/{id}?page={number}" + (verdict is null ? "" : "&verdict=" + verdict) + (latest ? "&latest=on" : "");
        return Html.Of($"""
            <nav aria-label="Pages" class="pager"><p>Page {page.PageNumber} of {pages}
            {Html.When(page.PageNumber > 1, Html.Of($" · <a href=\"{Link(page.PageNumber - 1)}\" rel=\"prev\">Previous</a>"))}
            {Html.When(page.PageNumber < pages, Html.Of($" · <a href=\"{Link(page.PageNumber + 1)}\" rel=\"next\">Next</a>"))}</p></nav>
            """);
    }

    /// <summary>A filter value from the query string, kept only when it is one of the known ones.</summary>
    public static string? Choice(string value, params string[] known) => known.Contains(value, StringComparer.Ordinal) ? value : null;

    public static Html Options(string? selected, params string[] values) =>
        Html.Join(values, v => Html.Of($"<option value=\"{v}\"{Html.When(v == (selected ?? ""), new(" selected"))}>{(v.Length == 0 ? "any" : v)}</option>"));
}
