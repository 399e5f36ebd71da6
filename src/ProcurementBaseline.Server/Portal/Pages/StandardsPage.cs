using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>The standards this server loaded: catalogs, procurement baselines and crosswalks.</summary>
internal static class StandardsPage
{
    public static IResult Show(HttpContext context, HarmonisationSet loaded)
    {
        var standards = loaded.Standards;
        return Layout.Page(context, "Standards loaded", Html.Of($"""
            <h2 id="catalogs">Catalogs</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table><thead><tr><th scope="col">Catalog</th><th scope="col">Nation</th><th scope="col">Publisher</th><th scope="col" class="number">Controls</th></tr></thead>
            <tbody>{Html.Join(standards.Catalogs.Catalogs, c => Html.Of($"<tr><td>{c.Title.Default} <span class=\"code\">{c.Ref.ToString()}</span></td><td>{c.Jurisdiction.ToString()}</td><td>{c.Publisher}</td><td class=\"number\">{c.ControlCount}</td></tr>"))}</tbody></table></div>
            <h2 id="baselines">Procurement baselines</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table><thead><tr><th scope="col">Baseline</th><th scope="col">Owner</th><th scope="col">Version</th><th scope="col" class="number">Required controls</th></tr></thead>
            <tbody>{Html.Join(standards.Baselines, b => Html.Of($"<tr><td>{b.Baseline.Title} <span class=\"code\">{b.Baseline.Id}</span></td><td>{b.Baseline.Owner}</td><td>{b.Baseline.Version}</td><td class=\"number\">{b.Controls.Length}</td></tr>"))}</tbody></table></div>
            <h2 id="crosswalks">Crosswalks</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table><thead><tr><th scope="col">Source</th><th scope="col">Target</th><th scope="col" class="number">Mappings</th></tr></thead>
            <tbody>{Html.Join(standards.Crosswalks, x => Html.Of($"<tr><td><span class=\"code\">{x.Source.ToString()}</span></td><td><span class=\"code\">{x.Target.ToString()}</span></td><td class=\"number\">{x.Mappings.Length}</td></tr>"))}</tbody></table></div>
            """));
    }
}
