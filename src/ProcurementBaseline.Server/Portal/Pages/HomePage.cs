using System.Globalization;
using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Server.Portal.Pages;

/// <summary>The procurements the caller sees (all open ones for vendors, the agency's own for its staff), and opening a new one.</summary>
internal static class HomePage
{
    public static async Task<IResult> Show(HttpContext context, RegistrySubmissions registry, HarmonisationSet loaded, TimeProvider time, CancellationToken cancel,
        string? error = null, IFormCollection? form = null)
    {
        var caller = context.Caller();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var procurements = await registry.Procurements(caller, cancel);
        var rows = Html.Join(procurements.OrderBy(p => p.Closes).ThenBy(p => p.Id, StringComparer.Ordinal), p => Html.Of($"""
            <tr><td><a href="/portal/procurements/{p.Id}">{p.Title}</a></td><td>{string.Join(", ", p.Baselines)}</td>
            <td>{Timestamps.Day(p.Closes)}</td><td>{(p.Closes < today ? "closed" : "open")}</td></tr>
            """));
        var list = procurements.Count == 0
            ? Html.Of($"<p>No procurements yet.</p>")
            : Html.Of($"""
                <div class="table-wrap" tabindex="0" role="region" aria-label="Scrollable table"><table>
                <caption class="hint">{procurements.Count} procurements</caption>
                <thead><tr><th scope="col">Title</th><th scope="col">Baselines</th><th scope="col">Closes</th><th scope="col">State</th></tr></thead>
                <tbody>{rows}</tbody></table></div>
                """);
        var open = caller.Role == Role.AgencyAdmin || caller.IsSiteAdmin ? NewProcurement(context, loaded, error, form) : Html.Empty;
        return Layout.Page(context, "Procurements", Html.Of($"{list}{open}"), error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    public static async Task<IResult> Create(HttpContext context, RegistrySubmissions registry, HarmonisationSet loaded, TimeProvider time, CancellationToken cancel)
    {
        var form = await context.Request.ReadFormAsync(cancel);
        if (!DateOnly.TryParseExact(form["closes"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
        {
            return await Show(context, registry, loaded, time, cancel, "The closing date must be a date (YYYY-MM-DD).", form);
        }

        var created = await registry.CreateProcurement(context.Caller(), form["title"].ToString(), [.. form["baseline"].Select(b => b ?? "")], closes, cancel);
        return created.Problem is { } problem
            ? await Show(context, registry, loaded, time, cancel, problem.Detail, form)
            : Results.Redirect($"/portal/procurements/{created.Value!.Id}");
    }

    private static Html NewProcurement(HttpContext context, HarmonisationSet loaded, string? error, IFormCollection? form)
    {
        var chosen = form?["baseline"].ToHashSet(StringComparer.Ordinal) ?? [];
        var baselines = Html.Join(loaded.Standards.Baselines.Select((b, i) => (b, i)), x => Html.Of($"""
            <li><input type="checkbox" id="baseline-{x.i}" name="baseline" value="{x.b.Baseline.Id}"{Html.When(chosen.Contains(x.b.Baseline.Id), new(" checked"))}>
            <label for="baseline-{x.i}" class="inline-label">{x.b.Baseline.Title} <span class="hint">({x.b.Baseline.Id}, {x.b.Controls.Length} controls)</span></label></li>
            """));
        return Html.Of($"""
            <h2 id="new-procurement">Open a procurement</h2>
            {Layout.Alert("procurement-error", error)}
            {Layout.Form(context, "/portal/procurements", Html.Of($"""
                <div><label for="title">Title</label><input type="text" id="title" name="title" required maxlength="200" value="{form?["title"].ToString()}"></div>
                <fieldset><legend>Baselines a submission is assessed against</legend><ul class="choices">{baselines}</ul></fieldset>
                <div><label for="closes">Closes on</label><input type="date" id="closes" name="closes" required value="{form?["closes"].ToString()}"></div>
                <div><button type="submit">Open the procurement</button></div>
                """), "Open a procurement", css: "stacked")}
            """);
    }
}
