using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Server.Api;
using ProcurementBaseline.Server.Portal;

namespace ProcurementBaseline.Server.Hosting;

/// <summary>
/// Password guessing and sign-up floods slowed down: each client address gets a bucket of attempts that refills every
/// minute, for the API's and the portal's sign-in and sign-up alike. The buckets live in the server's process, so
/// several servers behind one balancer each keep their own (a guesser gets that many times the rate), and behind a
/// proxy every client shares the proxy's address unless the proxy's forwarded headers are trusted.
/// </summary>
internal static class SignInThrottle
{
    public const string Policy = "sign-in";

    /// <summary>Attempts per address per minute.</summary>
    public const int PerMinute = 20;

    public static void AddSignInThrottle(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = PerMinute,
                TokensPerPeriod = PerMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
            limiter.OnRejected = (rejected, cancel) =>
            {
                var context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = "60";
                var problem = RegistryProblem.Of(ProblemKind.TooMany, DiagnosticCodes.RegistryTooManyAttempts, PerMinute);
                return new ValueTask((PortalEndpoints.IsPortal(context) ? Layout.Problem(context, problem) : Problems.Result(problem)).ExecuteAsync(context));
            };
        });

    public static TBuilder Throttled<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireRateLimiting(Policy);
}
