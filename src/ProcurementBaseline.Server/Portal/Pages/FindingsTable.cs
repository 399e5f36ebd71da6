using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>Which findings the reviewer asked to see (from the query string, values outside the known ones ignored) and in which order.</summary>
internal sealed record FindingFilter(string? Baseline, string? Finding, string? Nation, string? Catalog, string Sort)
{
    public static readonly string[] Sorts = ["baseline", "control", "finding", "priority"];

    public static FindingFilter From(IQueryCollection query, AssessmentJson assessment)
    {
        var findings = assessment.Baselines.SelectMany(b => b.Findings).ToList();
        return new(
            ProcurementPage.Choice(query["baseline"].ToString(), [.. assessment.Baselines.Select(b => b.Id)]),
            ProcurementPage.Choice(query["finding"].ToString(), [.. findings.Select(f => f.Finding).Distinct()]),
            ProcurementPage.Choice(query["nation"].ToString(), [.. assessment.Baselines.Select(b => b.Jurisdiction).Distinct()]),
            ProcurementPage.Choice(query["catalog"].ToString(), [.. findings.Select(f => FindingsTable.CatalogOf(f.Control)).Distinct()]),
            ProcurementPage.Choice(query["sort"].ToString(), Sorts) ?? "baseline");
    }
}

/// <summary>
/// The findings of a submission as a table a reviewer filters and sorts: a plain GET form that works without script,
/// which htmx turns into a live filter that swaps only the table (and keeps the address, so a filtered view can be shared).
/// </summary>
internal static class FindingsTable
{
    private static readonly string[] Priorities = ["must", "should", "may"];

    public static string CatalogOf(string control) => control.Split('#')[0];

    public static Html Render(string submissionId, AssessmentJson assessment, FindingFilter filter, HarmonisationSet loaded)
    {
        var rows = assessment.Baselines
            .Where(b => filter.Baseline is null || b.Id == filter.Baseline)
            .Where(b => filter.Nation is null || b.Jurisdiction == filter.Nation)
            .SelectMany(b => b.Findings.Select(f => (Baseline: b, Finding: f)))
            .Where(x => filter.Finding is null || x.Finding.Finding == filter.Finding)
            .Where(x => filter.Catalog is null || CatalogOf(x.Finding.Control) == filter.Catalog);
        var sorted = (filter.Sort switch
        {
            "control" => rows.OrderBy(x => x.Finding.Control, StringComparer.Ordinal),
            "finding" => rows.OrderBy(x => x.Finding.Finding, StringComparer.Ordinal),
            "priority" => rows.OrderBy(x => Array.IndexOf(Priorities, x.Finding.Priority)),
            _ => rows.OrderBy(x => 0),
        }).ThenBy(x => x.Baseline.Id, StringComparer.Ordinal).ThenBy(x => x.Finding.Control, StringComparer.Ordinal).ToList();
        var findings = assessment.Baselines.SelectMany(b => b.Findings).ToList();
        var action = $"/portal/submissions/{submissionId}";
        return Html.Of($"""
            <form method="get" action="{action}" class="filters" aria-label="Filter findings"
                  hx-get="{action}" hx-trigger="change" hx-target="#findings" hx-select="#findings" hx-swap="outerHTML" hx-push-url="true">
            <div><label for="f-baseline">Baseline</label><select id="f-baseline" name="baseline">{ProcurementPage.Options(filter.Baseline, ["", .. assessment.Baselines.Select(b => b.Id)])}</select></div>
            <div><label for="f-finding">Finding</label><select id="f-finding" name="finding">{ProcurementPage.Options(filter.Finding, ["", .. findings.Select(f => f.Finding).Distinct().Order(StringComparer.Ordinal)])}</select></div>
            <div><label for="f-nation">Nation</label><select id="f-nation" name="nation">{ProcurementPage.Options(filter.Nation, ["", .. assessment.Baselines.Select(b => b.Jurisdiction).Distinct().Order(StringComparer.Ordinal)])}</select></div>
            <div><label for="f-catalog">Catalog</label><select id="f-catalog" name="catalog">{ProcurementPage.Options(filter.Catalog, ["", .. findings.Select(f => CatalogOf(f.Control)).Distinct().Order(StringComparer.Ordinal)])}</select></div>
            <div><label for="f-sort">Sort by</label><select id="f-sort" name="sort">{ProcurementPage.Options(filter.Sort, FindingFilter.Sorts)}</select></div>
            <div><button type="submit">Apply</button></div>
            </form>
            <div id="findings" class="table-wrap" tabindex="0" role="region" aria-label="Findings" aria-live="polite">
            <table>
            <caption class="hint">{sorted.Count} of {findings.Count} findings</caption>
            <thead><tr><th scope="col">Baseline</th><th scope="col">Control</th><th scope="col">Priority</th><th scope="col">Finding</th><th scope="col">Why, and what it rests on</th></tr></thead>
            <tbody>{Html.Join(sorted, x => Row(x.Baseline, x.Finding, loaded))}</tbody>
            </table>
            </div>
            """);
    }

    private static Html Row(BaselineResultJson baseline, FindingJson finding, HarmonisationSet loaded) => Html.Of($"""
        <tr><td>{baseline.Id}</td><td><span class="code">{finding.Control}</span> {finding.Title}{Statement(finding.Control, loaded)}</td><td>{finding.Priority}</td>
        <td class="finding-{Layout.Css(finding.Finding)}">{finding.Finding}</td>
        <td>{finding.Reason}{Html.When(finding.Due is not null, Html.Of($" <span class=\"hint\">(due {finding.Due})</span>"))}
        {Derivation.Render(finding)}{Evidence(finding)}</td></tr>
        """);

    /// <summary>The control's statement in the catalog's own language where it has one besides English.</summary>
    private static Html Statement(string control, HarmonisationSet loaded)
    {
        var at = control.IndexOf('#', StringComparison.Ordinal);
        if (at < 0 || !Catalogs.CatalogRef.TryParse(control[..at], out var reference)
            || loaded.Standards.Catalogs.Find(reference)?.Find(control[(at + 1)..])?.Control.Statement is not { } statement)
        {
            return Html.Empty;
        }

        var own = statement.Translations.FirstOrDefault(t => !t.Key.StartsWith("en", StringComparison.Ordinal));
        return own.Key is null ? Html.Empty : Html.Of($"<p lang=\"{own.Key}\" class=\"statement\">{own.Value}</p>");
    }

    private static Html Evidence(FindingJson finding)
    {
        var evidence = finding.Claim?.Evidence ?? [];
        var problems = finding.EvidenceProblems ?? [];
        if (evidence.Count == 0 && problems.Count == 0)
        {
            return Html.Empty;
        }

        return Html.Of($"""
            <details><summary>Evidence ({evidence.Count})</summary><ul>
            {Html.Join(evidence, e => Html.Of($"<li>{e.Title}{Html.When(e.Kind is not null, Html.Of($" <span class=\"hint\">{e.Kind}</span>"))}: {e.Check ?? "not checked"}{Html.When(e.Sha256 is not null, Html.Of($" <span class=\"code\">sha256 {e.Sha256}</span>"))}{Html.When(e.Expires is not null, Html.Of($", expires {e.Expires}"))}</li>"))}
            {Html.Join(problems, p => Html.Of($"<li class=\"field-error\"><span class=\"code\">{p.Code}</span> {p.Message}{Html.When(p.At is not null, Html.Of($" <span class=\"hint\">at {p.At}</span>"))}</li>"))}
            </ul></details>
            """);
    }
}
