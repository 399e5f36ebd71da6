using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Server.Api;

/// <summary>The standards the server loaded: catalogs, baselines and crosswalks, listed and read by anyone signed in.</summary>
internal static class StandardsEndpoints
{
    public static void Map(RouteGroupBuilder api, HarmonisationSet loaded)
    {
        var standards = loaded.Standards;
        IReadOnlyList<CatalogResponse> catalogs = [.. standards.Catalogs.Catalogs.Select(c => new CatalogResponse(c.Id, c.Version.ToString(), c.Title.Default, c.Publisher, c.ControlCount))];
        IReadOnlyList<BaselineResponse> baselines = [.. standards.Baselines.Select(b => new BaselineResponse(b.Baseline.Id, b.Baseline.Title, b.Baseline.Owner, b.Baseline.Jurisdiction.ToString(), b.Baseline.Version, b.Controls.Length))];
        IReadOnlyList<CrosswalkResponse> crosswalks = [.. standards.Crosswalks.Select(x => new CrosswalkResponse(Id(x), x.Source.ToString(), x.Target.ToString(), x.Mappings.Length))];
        var standardsApi = api.MapGroup("").WithTags("standards");
        standardsApi.MapGet("/catalogs", () => Results.Json(catalogs, ServerJson.Default.IReadOnlyListCatalogResponse)).WithSummary("The catalogs loaded.");
        standardsApi.MapGet("/catalogs/{id}/{version}", (string id, string version) =>
            standards.Catalogs.Catalogs.FirstOrDefault(c => c.Id == id && c.Version.ToString() == version) is { } catalog
                ? Results.Json(new CatalogDetailResponse(catalog.Id, catalog.Version.ToString(), catalog.Title.Default, catalog.Publisher,
                    [.. catalog.AllControls.Select(c => new ControlResponse(c.Id, c.Control.Title.Default, c.Control.Statement?.Default, c.Control.Status.ToString().ToLowerInvariant()))]),
                    ServerJson.Default.CatalogDetailResponse)
                : Problems.Result(RegistryProblem.NotFound("catalog", $"{id}@{version}")))
            .WithSummary("One catalog version with its controls: id, title, statement (in the catalog's default language) and status.");
        standardsApi.MapGet("/baselines", () => Results.Json(baselines, ServerJson.Default.IReadOnlyListBaselineResponse)).WithSummary("The procurement baselines loaded.");
        standardsApi.MapGet("/baselines/{id}", (string id) =>
            standards.FindBaseline(id) is { } b
                ? Results.Json(new BaselineDetailResponse(b.Baseline.Id, b.Baseline.Title, b.Baseline.Owner, b.Baseline.Jurisdiction.ToString(), b.Baseline.Version, b.Baseline.Description,
                    [.. b.Controls.Select(c => new RequiredControlResponse(c.Key.ToString(), c.Control.Control.Title.Default, c.Priority.ToString().ToLowerInvariant()))]),
                    ServerJson.Default.BaselineDetailResponse)
                : Problems.Result(RegistryProblem.NotFound("baseline", id)))
            .WithSummary("One baseline: the controls it requires, each with its priority.");
        standardsApi.MapGet("/crosswalks", () => Results.Json(crosswalks, ServerJson.Default.IReadOnlyListCrosswalkResponse)).WithSummary("The crosswalks loaded.");
        standardsApi.MapGet("/crosswalks/{id}", (string id) =>
            standards.Crosswalks.FirstOrDefault(x => Id(x) == id) is { } crosswalk
                ? Results.Json(new CrosswalkDetailResponse(Id(crosswalk), crosswalk.Title, crosswalk.Source.ToString(), crosswalk.Target.ToString(),
                    [.. crosswalk.Mappings.Select(m => new MappingResponse(m.Sources, CrosswalkWords.Relationships.Word(m.Relationship), m.Targets, m.Combined, m.Strength,
                        CrosswalkWords.Provenances.Word(m.Provenance), CrosswalkWords.Statuses.Word(m.Status)))]),
                    ServerJson.Default.CrosswalkDetailResponse)
                : Problems.Result(RegistryProblem.NotFound("crosswalk", id)))
            .WithSummary("One crosswalk with its mappings (source--target, as the list gives it).");
    }

    private static string Id(Crosswalk crosswalk) => $"{crosswalk.Source}--{crosswalk.Target}";
}
