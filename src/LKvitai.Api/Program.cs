using Hangfire;
using LKvitai.Api.Auth;
using LKvitai.Api.Endpoints;
using LKvitai.Api.Hosting;
using LKvitai.Api.Observability;
using LKvitai.Api.OpenApi;
using LKvitai.Api.Problems;
using LKvitai.Application;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Offline.GetOfflinePolicy;
using LKvitai.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.FileProviders;
using Prometheus;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);

// LKVITAI_CONNECTIONSTRINGS__APP, LKVITAI_BOOTSTRAP_API_KEY, … override appsettings.
builder.Configuration.AddEnvironmentVariables("LKVITAI_");

builder.Host.UseSerilog((context, services, logger) =>
{
    logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext();
    if (context.Configuration.GetValue("Logging:Json", false))
    {
        logger.WriteTo.Console(new RenderedCompactJsonFormatter());
    }
    else
    {
        logger.WriteTo.Console(outputTemplate:
            "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
    }
});

var maxRequestBodyBytes = builder.Configuration.GetValue("Api:MaxRequestBodyBytes", 1_048_576L);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxRequestBodyBytes);

builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.Configure<OfflineOptions>(builder.Configuration.GetSection(OfflineOptions.Section));
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
{
    context.ProblemDetails.Extensions.TryAdd("traceId", ProblemResults.TraceId(context.HttpContext));
    if (!context.ProblemDetails.Extensions.ContainsKey("code"))
    {
        var fallback = ProblemResults.ErrorForStatus(context.ProblemDetails.Status ?? 500);
        context.ProblemDetails.Extensions["code"] = fallback.Code;
        context.ProblemDetails.Title = fallback.Title;
        context.ProblemDetails.Type = ProblemResults.TypeFor(fallback.Code);
    }
});
builder.Services.AddExceptionHandler<UnexpectedExceptionHandler>();

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(LKvitai.Application.DependencyInjection)];
    // The pipeline's order, outermost first — the one place it is written (the source generator reads it when compiling).
    options.PipelineBehaviors =
    [
        typeof(LKvitai.Application.Common.Behaviours.LoggingAndMetricsBehaviour<,>),
        typeof(LKvitai.Application.Common.Behaviours.ValidationBehaviour<,>),
        typeof(LKvitai.Application.Common.Behaviours.AuthorisationBehaviour<,>),
        typeof(LKvitai.Application.Common.Behaviours.FeatureGateBehaviour<,>),
        typeof(LKvitai.Application.Common.Behaviours.IdempotencyBehaviour<,>),
        typeof(LKvitai.Application.Common.Behaviours.TransactionBehaviour<,>),
    ];
});
builder.Services.AddScoped<ICurrentUser, CurrentUser>();
builder.Services.AddScoped<ICorrelationContext, CorrelationContext>();
builder.Services.AddWmsAuthentication(builder.Configuration);
builder.Services.AddWmsOpenApi();
builder.Services.AddSignalR();
builder.Services.AddSingleton<LKvitai.Api.Hubs.StockHubSink>();
builder.Services.AddSingleton<IStockMovedSink>(sp => sp.GetRequiredService<LKvitai.Api.Hubs.StockHubSink>());
builder.Services.AddSingleton<IUserNotificationSink>(sp => sp.GetRequiredService<LKvitai.Api.Hubs.StockHubSink>());
builder.Services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: ["ready"]);

var app = builder.Build();

await StartupTasks.RunAsync(app);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCorrelationId();
app.UseSerilogRequestLogging();
app.UseRequestBodyLimit(maxRequestBodyBytes);
app.UseHttpMetrics();

var spaRoot = app.Configuration["Spa:RootPath"];
var spaFiles = spaRoot is not null && Directory.Exists(spaRoot) ? new PhysicalFileProvider(Path.GetFullPath(spaRoot)) : null;
if (spaFiles is not null)
{
    app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = spaFiles });
    app.UseStaticFiles(new StaticFileOptions { FileProvider = spaFiles });
}

// The API description is public, like the SPA's files: integrators read it before they have a key.
app.UseWmsOpenApi();

app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgeryForCookieSessions();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapMetrics("/metrics");
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdministratorDashboardFilter()] });

app.MapHub<LKvitai.Api.Hubs.StockHub>(LKvitai.Api.Hubs.StockHub.Path);

app.MapAuthEndpoints();
app.MapUserEndpoints();
app.MapFeatureFlagEndpoints();
app.MapCatalogEndpoints();
app.MapOfflineEndpoints();
app.MapLayoutEndpoints();
app.MapLedgerEndpoints();
app.MapHandlingUnitEndpoints();
app.MapReceivingEndpoints();
app.MapReservationEndpoints();
app.MapPrintingEndpoints();
app.MapNotificationEndpoints();

// Unknown API addresses get a problem; every other address is the SPA (client-side routes).
app.MapFallback(async context =>
{
    var path = context.Request.Path;
    if (spaFiles is null || path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await Results.Problem(ProblemResults.ToProblemDetails(ProblemResults.ErrorForStatus(404), context)).ExecuteAsync(context);
        return;
    }

    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.Headers.CacheControl = "no-cache";
    await context.Response.SendFileAsync(spaFiles.GetFileInfo("index.html"));
}).AllowAnonymous();

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
