using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>Each vendor's latest submission to a procurement side by side: verdict and controls met per baseline (the agency's staff).</summary>
internal static class ComparePage
{
    public static async Task<IResult> Show(HttpContext context, string id, RegistrySubmissions registry, RegistryAccounts accounts, CancellationToken cancel)
    {
        var caller = context.Caller();
        var procurement = await registry.Procurement(caller, id, cancel);
        var compared = procurement.Problem is null ? await registry.Compare(caller, id, cancel) : procurement.Problem;
        if (compared.Problem is { } problem)
        {
            return Layout.Problem(context, problem);
        }

        var latest = compared.Value!;
        var names = await accounts.OrganisationNames(latest.Select(s => s.VendorId), cancel);
        var baselines = procurement.Value!.Baselines;
        var rows = Html.Join(latest.OrderBy(s => names.GetValueOrDefault(s.VendorId, s.VendorId), StringComparer.Ordinal), s => Html.Of($"""
            <tr><th scope="row"><a href="/portal/submissions/{s.Id}">{names.GetValueOrDefault(s.VendorId, s.VendorId)}</a> <span class="hint">v{s.Version}</span></th>
            <td>{Layout.Verdict(s.Verdict)}</td>
            {Html.Join(baselines, b => s.Baselines.FirstOrDefault(x => x.Baseline == b) is { } r
                ? Html.Of($"<td>{Layout.Verdict(r.Verdict)} <span class=\"nowrap\">{r.Met}/{r.Required}</span></td>")
                : Html.Of($"<td>not assessed</td>"))}
            <td>{s.Decision ?? "awaiting review"}</td></tr>
            """));
        var body = latest.Count == 0
            ? Html.Of($"<p>No vendor has submitted yet.</p>")
            : Html.Of($"""
                <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table id="comparison">
                <caption class="hint">The latest version of each of {latest.Count} vendors</caption>
                <thead><tr><th scope="col">Vendor</th><th scope="col">Overall</th>{Html.Join(baselines, b => Html.Of($"<th scope=\"col\">{b}</th>"))}<th scope="col">Decision</th></tr></thead>
                <tbody>{rows}</tbody></table></div>
                """);
        return Layout.Page(context, $"Compare vendors: {procurement.Value.Title}", Html.Of($"<p><a href=\"/portal/procurements/{id}\">Back to the procurement</a></p>{body}"));
    }
}
