using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Application.Drafts;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Server.Portal.Pages.Drafts;

/// <summary>
/// One page of a draft's claims: for each control its title and statement (in the catalog's own language too), the
/// status, statement of implementation, evidence (uploaded and hashed here, or a URI), milestones and N/A
/// justification, each with the diagnostics attest validate gives for it. A change is checked live (htmx posts the
/// form to /check, which saves nothing); Save stores it.
/// </summary>
internal static class DraftClaimsPage
{
    private static readonly string[] Kinds = ["document", "sbom", "vex"];

    public static async Task<IResult> Show(HttpContext context, string id, int page, AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel,
        RegistryProblem? problem = null)
    {
        var (view, outline, missing) = await OpenPage(context, id, page, drafts, loaded, cancel);
        if (missing is not null)
        {
            return missing;
        }

        var group = outline.Groups[page - 1];
        var check = await drafts.Check(view, view.Draft.Content, drafts.Today, cancel);
        var url = $"/portal/drafts/{id}/pages/{page}";
        var body = Html.Of($"""
            <p><a href="/portal/drafts/{id}">Back to the attestation</a> · page {page} of {outline.Groups.Count} · {group.Claims.Count(i => view.Draft.Content.Claims[i].IsAnswered)} of {group.Claims.Count} answered</p>
            {Layout.Alert("page-error", problem)}
            {Layout.Form(context, url, Html.Of($"""
                <input type="hidden" name="revision" value="{view.Draft.Revision}">
                <div hx-post="{url}/check" hx-trigger="change" hx-swap="none">{Html.Join(group.Claims, i => Claim(i, view, check, loaded))}</div>
                <div class="actions"><button type="submit">Save</button>{Html.When(page < outline.Groups.Count, Html.Of($" <button type=\"submit\" name=\"next\" value=\"{page + 1}\">Save and go to the next page</button>"))}</div>
                """), group.Title, upload: true, css: "stacked draft-claims")}
            """);
        return Layout.Page(context, group.Title, body, problem is null ? StatusCodes.Status200OK : Api.Problems.Status(problem.Kind));
    }

    public static async Task<IResult> Save(HttpContext context, string id, int page, AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel)
    {
        var (form, view, indices, content, missing) = await ReadPage(context, id, page, drafts, loaded, cancel);
        if (missing is not null)
        {
            return missing;
        }

        foreach (var i in indices)
        {
            var at = DraftFields.Claim(i);
            if (form.Files.GetFile(DraftForm.Field(at, "evidence", DraftForm.NewRow, "file")) is not { Length: > 0 } file)
            {
                continue;
            }

            await using var stream = file.OpenReadStream();
            var uploaded = await drafts.Upload(view, file.FileName, stream, cancel);
            if (uploaded.Problem is { } tooLarge)
            {
                return await Show(context, id, page, drafts, loaded, cancel, tooLarge);
            }

            view = view with { Files = [.. view.Files, uploaded.Value! with { Content = null }] };
            var evidence = DraftForm.NewEvidence(form, at);
            var claim = content.Claims[i];
            content = content with
            {
                Claims = content.Claims.SetItem(i, claim with
                {
                    Evidence = claim.Evidence.Add(evidence with { Title = evidence.Title.Length > 0 ? evidence.Title : file.FileName, Path = uploaded.Value!.Path, Sha256 = uploaded.Value.Sha256 }),
                }),
            };
        }

        var saved = await drafts.Save(view, content, DraftPage.Revision(form), cancel);
        if (saved.Problem is { } problem)
        {
            return await Show(context, id, page, drafts, loaded, cancel, problem);
        }

        var next = int.TryParse(form["next"].ToString(), out var n) && n == page + 1 ? n : page;
        return Results.Redirect($"/portal/drafts/{id}/pages/{next}");
    }

    /// <summary>The live check: the page's form as typed, checked and not saved; each field's problems come back to replace its container.</summary>
    public static async Task<IResult> Check(HttpContext context, string id, int page, AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel)
    {
        var (_, view, indices, content, missing) = await ReadPage(context, id, page, drafts, loaded, cancel);
        if (missing is not null)
        {
            return missing;
        }

        var check = await drafts.Check(view, content, drafts.Today, cancel);
        var fields = indices.SelectMany(i => Fields(i, content.Claims[i]));
        var html = Html.Join(fields, f => FieldProblems.Render(check, f, outOfBand: true));
        return Results.Content(html.Markup, Layout.HtmlMediaType);
    }

    /// <summary>The caller's draft and its pages, or the problem page when the draft is not theirs or has no such page.</summary>
    private static async Task<(DraftView View, DraftOutline Outline, IResult? Problem)> OpenPage(HttpContext context, string id, int page, AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel)
    {
        var (view, refused) = await DraftPage.Open(context, id, drafts, cancel);
        if (view is null)
        {
            return (null!, null!, refused);
        }

        var outline = DraftOutline.Of(view.Draft.Content, loaded.Standards.Catalogs);
        return page < 1 || page > outline.Groups.Count
            ? (null!, null!, Layout.Problem(context, RegistryProblem.NotFound("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            : (view, outline, null);
    }

    /// <summary>A posted page: the form, the draft, the page's claims and the draft as typed on it (not saved).</summary>
    private static async Task<(IFormCollection Form, DraftView View, IReadOnlyList<int> Claims, DraftContent Typed, IResult? Problem)> ReadPage(HttpContext context, string id, int page,
        AttestationDrafts drafts, HarmonisationSet loaded, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        var (view, outline, missing) = await OpenPage(context, id, page, drafts, loaded, cancel);
        if (missing is not null)
        {
            return (form, null!, [], null!, missing);
        }

        var claims = outline.Groups[page - 1].Claims;
        return (form, view, claims, DraftForm.Claims(form, view.Draft.Content, claims), null);
    }

    /// <summary>Every field of a claim that can carry a problem, as the page renders containers for them.</summary>
    private static IEnumerable<string> Fields(int index, DraftClaim claim)
    {
        var at = DraftFields.Claim(index);
        yield return at;
        foreach (var name in new[] { "status", "statement", "justification" })
        {
            yield return DraftFields.Of(at, name);
        }

        for (var e = 0; e < claim.Evidence.Length; e++)
        {
            foreach (var name in new[] { "title", "kind", "uri", "file", "issued", "expires" })
            {
                yield return DraftForm.Field(at, "evidence", e, name);
            }
        }

        for (var m = 0; m < claim.Poam.Length; m++)
        {
            yield return DraftForm.Field(at, "poam", m, "description");
            yield return DraftForm.Field(at, "poam", m, "due");
        }
    }

    private static Html Claim(int i, DraftView view, DraftCheck check, HarmonisationSet loaded)
    {
        var claim = view.Draft.Content.Claims[i];
        var at = DraftFields.Claim(i);
        var (_, control) = DraftOutline.Control(claim.Control, loaded.Standards.Catalogs);
        var title = control?.Control.Title.Default ?? claim.Control;
        var statement = control?.Control.Statement;
        var own = statement?.Translations.FirstOrDefault(t => !t.Key.StartsWith("en", StringComparison.Ordinal));
        var id = FieldProblems.InputId(at);
        return Html.Of($"""
            <fieldset class="claim" id="c-{i}"><legend><span class="code">{claim.Control}</span> {title}</legend>
            {Html.When(own is { Key: not null }, Html.Of($"<p lang=\"{own?.Key}\" class=\"statement\">{own?.Value}</p>"))}
            {Html.When(statement is not null, Html.Of($"<p lang=\"en\" class=\"statement\">{statement?.Get("en") ?? ""}</p>"))}
            {FieldProblems.Render(check, at)}
            <div><label for="{id}-status">Status</label><select id="{id}-status" name="{at}.status"{FieldProblems.Describe(check, DraftFields.Of(at, "status"))}>
            <option value=""{Html.When(!claim.IsAnswered, new(" selected"))}>not answered yet</option>
            {Html.Join(DraftForm.Statuses, s => Html.Of($"<option value=\"{s}\"{Html.When(s == claim.Status, new(" selected"))}>{s}</option>"))}
            {Html.When(claim.IsAnswered && !DraftForm.Statuses.Contains(claim.Status), Html.Of($"<option value=\"{claim.Status}\" selected>{claim.Status}</option>"))}
            </select>{FieldProblems.Render(check, DraftFields.Of(at, "status"))}</div>
            {Area(check, DraftFields.Of(at, "statement"), $"{id}-statement", "How it is implemented", claim.Statement)}
            {Area(check, DraftFields.Of(at, "justification"), $"{id}-justification", "Why it does not apply (for not-applicable)", claim.Justification)}
            <fieldset class="evidence"><legend>Evidence</legend>
            {Html.Join(claim.Evidence.Select((e, n) => (e, n)), x => Evidence(check, at, x.n, x.e))}
            <div class="row new"><label for="{id}-ev-file">Add a file</label><input type="file" id="{id}-ev-file" name="{DraftForm.Field(at, "evidence", DraftForm.NewRow, "file")}">
            <label for="{id}-ev-uri">or a URI</label><input type="text" id="{id}-ev-uri" name="{DraftForm.Field(at, "evidence", DraftForm.NewRow, "uri")}">
            {EvidenceDetails($"{id}-ev-new", DraftForm.Field(at, "evidence", DraftForm.NewRow, ""), new DraftEvidence(), null)}</div>
            </fieldset>
            <fieldset class="poam"><legend>Plan of action and milestones</legend>
            {Html.Join(claim.Poam.Select((m, n) => (m, n)), x => Milestone(check, $"{id}-m{x.n}", DraftForm.Field(at, "poam", x.n, ""), x.m))}
            {Milestone(null, $"{id}-m-new", DraftForm.Field(at, "poam", DraftForm.NewRow, ""), new DraftMilestone())}
            </fieldset>
            </fieldset>
            """);
    }

    private static Html Evidence(DraftCheck check, string claim, int n, DraftEvidence evidence)
    {
        var prefix = DraftForm.Field(claim, "evidence", n, "");
        var id = FieldProblems.InputId(prefix);
        return Html.Of($"""
            <div class="row">
            <p>{(evidence.Path.Length > 0 ? Html.Of($"<span class=\"code\">{evidence.Path}</span> sha256 <span class=\"code\">{evidence.Sha256}</span>") : Html.Of($"<label for=\"{id}uri\">URI</label><input type=\"text\" id=\"{id}uri\" name=\"{prefix}uri\" value=\"{evidence.Uri}\">"))}</p>
            {FieldProblems.Render(check, prefix + "file")}{FieldProblems.Render(check, prefix + "uri")}
            {EvidenceDetails(id, prefix, evidence, check)}
            <div><input type="checkbox" id="{id}remove" name="{prefix}remove" value="on"> <label for="{id}remove" class="inline-label">Remove</label></div>
            </div>
            """);
    }

    private static Html EvidenceDetails(string id, string prefix, DraftEvidence evidence, DraftCheck? check) => Html.Of($"""
        <label for="{id}title">Title</label><input type="text" id="{id}title" name="{prefix}title" value="{evidence.Title}"{FieldProblems.Describe(check, prefix + "title")}>{FieldProblems.Render(check, prefix + "title")}
        <label for="{id}kind">Kind</label><select id="{id}kind" name="{prefix}kind">{Html.Join(Kinds, k => Html.Of($"<option{Html.When(k == evidence.Kind, new(" selected"))}>{k}</option>"))}</select>{FieldProblems.Render(check, prefix + "kind")}
        <label for="{id}issued">Issued (YYYY-MM-DD)</label><input type="text" id="{id}issued" name="{prefix}issued" value="{evidence.Issued}"{FieldProblems.Describe(check, prefix + "issued")}>{FieldProblems.Render(check, prefix + "issued")}
        <label for="{id}expires">Expires (YYYY-MM-DD)</label><input type="text" id="{id}expires" name="{prefix}expires" value="{evidence.Expires}"{FieldProblems.Describe(check, prefix + "expires")}>{FieldProblems.Render(check, prefix + "expires")}
        """);

    private static Html Milestone(DraftCheck? check, string id, string prefix, DraftMilestone milestone) => Html.Of($"""
        <div class="row"><label for="{id}d">Milestone</label><input type="text" id="{id}d" name="{prefix}description" value="{milestone.Description}"{FieldProblems.Describe(check, prefix + "description")}>{FieldProblems.Render(check, prefix + "description")}
        <label for="{id}due">Due (YYYY-MM-DD)</label><input type="text" id="{id}due" name="{prefix}due" value="{milestone.Due}"{FieldProblems.Describe(check, prefix + "due")}>{FieldProblems.Render(check, prefix + "due")}</div>
        """);

    private static Html Area(DraftCheck check, string field, string id, string label, string value) => Html.Of($"""
        <div><label for="{id}">{label}</label><textarea id="{id}" name="{field}"{FieldProblems.Describe(check, field)}>{value}</textarea>{FieldProblems.Render(check, field)}</div>
        """);
}
