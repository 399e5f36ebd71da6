using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Authentication;

namespace ProcurementBaseline.Server.Api;

/// <summary>Procurements: opened by agencies, read by vendors, with their submissions listed, compared and decided on.</summary>
internal static class ProcurementEndpoints
{
    public static void Map(RouteGroupBuilder api, long maxBundleBytes)
    {
        var procurements = api.MapGroup("/procurements").WithTags("procurements");
        procurements.MapGet("", async (HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Results.Json((IReadOnlyList<ProcurementResponse>)[.. (await registry.Procurements(context.Caller(), cancel)).Select(ProcurementResponse.Of)], ServerJson.Default.IReadOnlyListProcurementResponse))
            .WithSummary("Procurements: every one for vendors, the agency's own for its reviewers.");

        procurements.MapPost("", async (ProcurementRequest request, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
        {
            if (!DateOnly.TryParseExact(request.Closes ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
            {
                return Problems.Result(RegistryProblem.Invalid("closes", "must be a date, YYYY-MM-DD"));
            }

            var created = await registry.CreateProcurement(context.Caller(), request.Title ?? "", request.Baselines ?? [], closes, cancel);
            return Problems.Json(created, p => Results.Json(ProcurementResponse.Of(p), ServerJson.Default.ProcurementResponse, statusCode: StatusCodes.Status201Created));
        }).WithSummary("Opens a procurement for the caller's agency (agency admins).");

        procurements.MapGet("/{id}", async (string id, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.Procurement(context.Caller(), id, cancel), p => Results.Json(ProcurementResponse.Of(p), ServerJson.Default.ProcurementResponse)));

        procurements.MapPost("/{id}/submissions", async (string id, HttpRequest request, RegistrySubmissions registry, CancellationToken cancel) =>
        {
            var submitted = await registry.Submit(request.HttpContext.Caller(), id, request.Body, cancel);
            return Problems.Json(submitted, s => Results.Json(SubmissionResponse.Of(s), ServerJson.Default.SubmissionResponse, statusCode: StatusCodes.Status201Created));
        })
            .WithMetadata(new RequestSizeLimit(maxBundleBytes + 1))
            .Accepts<byte[]>("application/zip")
            .WithSummary("Submits a signed bundle (the request body, application/zip) as the vendor's next version; it is verified and assessed first.");

        procurements.MapGet("/{id}/submissions", async (string id, string? vendor, string? verdict, bool? latest, int? page, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page-size")] int? pageSize, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
        {
            var query = new SubmissionQuery(id, vendor, verdict, latest ?? false, page ?? 1, pageSize ?? 50);
            return Problems.Json(await registry.Submissions(context.Caller(), query, cancel),
                p => Results.Json(new SubmissionPage([.. p.Items.Select(SubmissionResponse.Of)], p.Total, p.PageNumber, p.PageSize), ServerJson.Default.SubmissionPage));
        }).WithSummary("A procurement's submissions, newest first, filtered by vendor and verdict, optionally each vendor's latest only, paged.");

        procurements.MapGet("/{id}/comparison", async (string id, HttpContext context, RegistrySubmissions registry, CancellationToken cancel) =>
            Problems.Json(await registry.Compare(context.Caller(), id, cancel),
                list => Results.Json((IReadOnlyList<SubmissionResponse>)[.. list.Select(SubmissionResponse.Of)], ServerJson.Default.IReadOnlyListSubmissionResponse)))
            .WithSummary("Each vendor's latest submission side by side: verdict and score per baseline (reviewers).");
    }
}

/// <summary>Raises Kestrel's request body limit for one endpoint (the bundle upload).</summary>
internal sealed class RequestSizeLimit(long bytes) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
