using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Server.Api;
using ProcurementBaseline.Server.Authentication;
using ProcurementBaseline.Server.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using ProcurementBaseline.Storage;

namespace ProcurementBaseline.Server.Hosting;

/// <summary>
/// The registry server: Kestrel, token authentication, the HTTP API and its OpenAPI document, over the application
/// layer the command line uses. Nothing is kept in the process between requests: every record, token and lock is in
/// the database, so several servers can share one PostgreSQL database.
/// </summary>
public static class RegistryServer
{
    /// <summary>The largest request body outside the bundle upload: JSON requests are small.</summary>
    public const long MaxJsonBytes = 1 << 20;

    private const string CallerScheme = "caller";

    /// <summary>
    /// Builds the server and brings its database up to date. Returns the admin's one-time password when this start
    /// created the admin. <paramref name="configure"/> lets tests swap in a test server.
    /// </summary>
    public static async Task<(WebApplication App, string? AdminPassword)> Build(ServerSettings settings, HarmonisationSet loaded, ReportTemplateSet templates, TimeProvider time,
        Action<WebApplicationBuilder>? configure, CancellationToken cancel)
    {
        var dialect = SqlDialect.For(settings.Database, settings.DataFolder);
        await RegistryMigrations.Apply(dialect, time, cancel);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "procbase", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. settings.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxJsonBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The portal's keys sit unencrypted in the database, as its other secrets do: saying so at every start is noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Antiforgery says at warning level that it marks its pages no-store; portal pages are no-store already.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Antiforgery", LogLevel.Error);
        var services = builder.Services;
        services.AddSingleton(time);
        services.AddSingleton(dialect);
        services.AddSingleton(settings.Registry);
        services.AddSingleton<IRegistryStore, SqlRegistryStore>();
        services.AddSingleton<ICredentialHasher, PasswordHashing>();
        services.AddSingleton<RegistryAccounts>();
        services.AddSingleton(loaded);
        services.AddSingleton(new Assessor(loaded));
        services.AddSingleton(templates);
        services.AddSingleton<RegistrySubmissions>();
        services.AddSingleton<Application.Drafts.AttestationDrafts>();
        // The API signs in with bearer tokens only, the portal with its session cookie only: a cookie never authorises an API call.
        var authentication = services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, null, policy => policy.ForwardDefaultSelector = context =>
                PortalEndpoints.IsPortal(context) ? SessionAuthentication.SchemeName : TokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthentication>(SessionAuthentication.SchemeName, null);
        if (settings.Oidc is { } oidc)
        {
            services.AddSingleton(oidc);
            authentication.AddOidcSignIn(oidc);
        }

        // Antiforgery tokens are protected with keys kept in the database, so they outlive a restart and every server on one database reads the others' forms.
        services.AddDataProtection().SetApplicationName("procbase");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(keys => keys.XmlRepository = new DatabaseKeyRing(provider.GetRequiredService<IRegistryStore>(), time)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "procbase-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "antiforgery";
            options.HeaderName = null;
        });
        services.AddAuthorization();
        services.AddSignInThrottle();
        // Only the generated contracts, with no reflection behind them: run from source, the server then fails as it would compiled ahead of time.
        services.ConfigureHttpJsonOptions(json =>
        {
            // Requests are read with the names responses are written with: kebab-case, as every procbase JSON document.
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.KebabCaseLower;
            json.SerializerOptions.TypeInfoResolverChain.Clear();
            json.SerializerOptions.TypeInfoResolverChain.Add(ServerJson.Default);
        });
        services.AddOpenApi("v1");
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            PortalEndpoints.AddSecurityHeaders(context);
            return next(context);
        });
        app.UseExceptionHandler(handler => handler.Run(Failed));
        app.UseStatusCodePages(status => PortalEndpoints.IsPortal(status.HttpContext) ? PortalEndpoints.StatusPage(status.HttpContext) : StatusProblem(status));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api");
        AccountEndpoints.MapAnonymous(api);
        var signedIn = api.MapGroup("").RequireAuthorization();
        StandardsEndpoints.Map(signedIn, loaded);
        AccountEndpoints.Map(signedIn);
        ProcurementEndpoints.Map(signedIn, settings.Registry.MaxBundleBytes);
        SubmissionEndpoints.Map(signedIn);
        PortalEndpoints.Map(app, settings.Registry.MaxBundleBytes);

        var password = await app.Services.GetRequiredService<RegistryAccounts>().Bootstrap(cancel);
        return (app, password);
    }

    /// <summary>An exception the handlers did not expect: logged, and answered as a problem without its details.</summary>
    private static Task Failed(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (PortalEndpoints.IsPortal(context))
        {
            return Portal.Layout.Problem(context, error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? RegistryProblem.Of(ProblemKind.TooLarge, DiagnosticCodes.RegistryUploadTooLarge, context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? MaxJsonBytes)
                : RegistryProblem.Of(ProblemKind.Invalid, DiagnosticCodes.RegistryInternalError, error?.GetType().Name ?? "unknown")).ExecuteAsync(context);
        }

        var problem = error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => RegistryProblem.Of(ProblemKind.TooLarge, DiagnosticCodes.RegistryUploadTooLarge, context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? MaxJsonBytes),
            BadHttpRequestException or JsonException => RegistryProblem.Invalid("body", "is not a request this endpoint can read: " + (error.InnerException ?? error).Message),
            _ => RegistryProblem.Of(ProblemKind.Invalid, DiagnosticCodes.RegistryInternalError, error?.GetType().Name ?? "unknown"),
        };
        var status = error is BadHttpRequestException or JsonException ? Problems.Status(problem.Kind) : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Problems.Of(problem) with { Status = status }, ServerJson.Default.ProblemResponse, Problems.MediaType);
    }

    /// <summary>A bare status (an unknown route, a body that does not bind) made a problem with a code.</summary>
    private static Task StatusProblem(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var problem = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => RegistryProblem.NotFound("route", context.Request.Path.ToString()),
            StatusCodes.Status405MethodNotAllowed => RegistryProblem.Invalid("method", $"{context.Request.Method} is not allowed on {context.Request.Path}"),
            StatusCodes.Status413PayloadTooLarge => RegistryProblem.Of(ProblemKind.TooLarge, DiagnosticCodes.RegistryUploadTooLarge, MaxJsonBytes),
            StatusCodes.Status415UnsupportedMediaType => RegistryProblem.Invalid("content-type", "must be application/json"),
            StatusCodes.Status403Forbidden => RegistryProblem.Forbidden("this token may not do that"),
            _ => RegistryProblem.Invalid("body", "is not a request this endpoint can read"),
        };
        var code = context.Response.StatusCode;
        return context.Response.WriteAsJsonAsync(Problems.Of(problem) with { Status = code }, ServerJson.Default.ProblemResponse, Problems.MediaType);
    }
}
