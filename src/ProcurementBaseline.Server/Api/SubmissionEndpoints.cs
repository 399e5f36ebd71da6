using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Authentication;

namespace ProcurementBaseline.Server.Api;

/// <summary>One submission: its record, its stored files and reports, and reviewers' decisions.</summary>
internal static class SubmissionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var submissions = api.MapGroup("/submissions").WithTags("submissions");
        submissions.MapGet("/{id}", async (string id, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.Submission(context.Caller(), id, cancel), s => Results.Json(SubmissionResponse.Of(s), ServerJson.Default.SubmissionResponse)));

        submissions.MapGet("/{id}/assessment", async (string id, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.File(context.Caller(), id, RegistrySubmissions.AssessmentFile, cancel), File))
            .WithSummary("The assessment: procbase's JSON contract, as assess --format json writes it.");

        submissions.MapGet("/{id}/bundle", async (string id, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.File(context.Caller(), id, RegistrySubmissions.BundleFile, cancel), File))
            .WithSummary("The signed bundle exactly as submitted.");

        submissions.MapGet("/{id}/reports/{format}", async (string id, string format, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.Report(context.Caller(), id, format, cancel), File))
            .WithSummary("The gap report as pdf, html, md or text, or the OSCAL assessment results (oscal) or plan of action and milestones (oscal-poam).");

        submissions.MapGet("/{id}/decisions", async (string id, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.Decisions(context.Caller(), id, cancel),
                list => Results.Json((IReadOnlyList<DecisionResponse>)[.. list.Select(DecisionResponse.Of)], ServerJson.Default.IReadOnlyListDecisionResponse)));

        submissions.MapPost("/{id}/decisions", async (string id, DecisionRequest request, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.Decide(context.Caller(), id, request.Outcome ?? "", request.Reason ?? "", request.Revision, cancel),
                d => Results.Json(DecisionResponse.Of(d), ServerJson.Default.DecisionResponse, statusCode: StatusCodes.Status201Created)))
            .WithSummary("Records a decision (accept, reject, request-changes) with its reason; 'revision' is the decision revision read, and a stale one is refused (409).");
    }

    private static IResult File(StoredFile file) => Results.Bytes(file.Content, file.MediaType, file.Name);
}
