using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProcurementBaseline.Application.Standards;

namespace ProcurementBaseline.Server.Api;

/// <summary>The standards the server loaded: catalogs, baselines and crosswalks, readable by anyone signed in.</summary>
internal static class StandardsEndpoints
{
    public static void Map(RouteGroupBuilder api, HarmonisationSet loaded)
    {
        var standards = loaded.Standards;
        IReadOnlyList<CatalogResponse> catalogs = [.. standards.Catalogs.Catalogs.Select(c => new CatalogResponse(c.Id, c.Version.ToString(), c.Title.Default, c.Publisher, c.ControlCount))];
        IReadOnlyList<BaselineResponse> baselines = [.. standards.Baselines.Select(b => new BaselineResponse(b.Baseline.Id, b.Baseline.Title, b.Baseline.Owner, b.Baseline.Jurisdiction.ToString(), b.Baseline.Version, b.Controls.Length))];
        IReadOnlyList<CrosswalkResponse> crosswalks = [.. standards.Crosswalks.Select(x => new CrosswalkResponse($"{x.Source}--{x.Target}", x.Source.ToString(), x.Target.ToString(), x.Mappings.Length))];
        var standardsApi = api.MapGroup("").WithTags("standards");
        standardsApi.MapGet("/catalogs", () => Results.Json(catalogs, ServerJson.Default.IReadOnlyListCatalogResponse)).WithSummary("The catalogs loaded.");
        standardsApi.MapGet("/baselines", () => Results.Json(baselines, ServerJson.Default.IReadOnlyListBaselineResponse)).WithSummary("The procurement baselines loaded.");
        standardsApi.MapGet("/crosswalks", () => Results.Json(crosswalks, ServerJson.Default.IReadOnlyListCrosswalkResponse)).WithSummary("The crosswalks loaded.");
    }
}
