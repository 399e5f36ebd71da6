using Microsoft.AspNetCore.Http;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Server.Api;

/// <summary>Every error the API returns: an RFC 9457 problem carrying the diagnostic code, and the diagnostics behind it.</summary>
internal static class Problems
{
    public const string MediaType = "application/problem+json";

    // A URN, not a web address: stable, and it claims no page that may not exist. docs/diagnostics.md lists every code.
    private const string TypePrefix = "urn:procbase:diagnostic:";

    public static int Status(ProblemKind kind) => kind switch
    {
        ProblemKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ProblemKind.TooMany => StatusCodes.Status429TooManyRequests,
        ProblemKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static ProblemResponse Of(RegistryProblem problem) =>
        new(TypePrefix + problem.Code.Code, problem.Code.Title, Status(problem.Kind), problem.Detail, problem.Code.Code,
            [.. (problem.Diagnostics.IsDefault ? [] : problem.Diagnostics).Select(Of)]);

    public static DiagnosticResponse Of(Diagnostic d) =>
        new(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Location.File, d.Location.Line, d.Location.Column);

    public static IResult Result(RegistryProblem problem) => Results.Json(Of(problem), ServerJson.Default.ProblemResponse, MediaType, Status(problem.Kind));

    public static Task Write(HttpContext context, RegistryProblem problem)
    {
        context.Response.StatusCode = Status(problem.Kind);
        return context.Response.WriteAsJsonAsync(Of(problem), ServerJson.Default.ProblemResponse, MediaType, context.RequestAborted);
    }

    /// <summary>A value as JSON, or the problem that stopped it.</summary>
    public static IResult Json<T>(Outcome<T> outcome, Func<T, IResult> ok) => outcome.Problem is { } problem ? Result(problem) : ok(outcome.Value!);
}
