using LKvitai.Api.Auth;
using Microsoft.OpenApi;

namespace LKvitai.Api.OpenApi;

/// <summary>
/// The OpenAPI document at /openapi/v1.json (the SPA's client is generated from it; ERP integrators read it) and
/// Swagger UI at /swagger, with both ways to authenticate described.
/// </summary>
internal static class SwaggerSetup
{
    public const string DocumentUrl = "/openapi/v1.json";

    public static IServiceCollection AddWmsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "LKvitai WMS API",
                Version = "v1",
                Description =
                    "Warehouse management API. Browser sessions use the cookie from POST /api/v1/auth/login and must echo the " +
                    "XSRF-TOKEN cookie in the X-XSRF-TOKEN header on unsafe requests. Other clients send an API key in X-Api-Key. " +
                    "Every command carries a commandId: repeating it returns the first result (Idempotent-Replayed: true). " +
                    "Errors are RFC 7807 problem details with a stable `code`.",
            });
            options.AddSecurityDefinition(AuthSchemes.ApiKey, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ApiKeyHeader,
                Description = "API key created by an administrator (shown once). Also accepted as Authorization: Bearer <key>.",
            });
            options.AddSecurityDefinition(AuthSchemes.Cookie, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = AuthSchemes.SessionCookie,
                Description = "Session cookie set by POST /api/v1/auth/login (HttpOnly, SameSite=Strict).",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(AuthSchemes.ApiKey, document)] = [],
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(AuthSchemes.Cookie, document)] = [],
            });
            options.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
        });
        return services;
    }

    public static WebApplication UseWmsOpenApi(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "swagger";
            options.SwaggerEndpoint(DocumentUrl, "LKvitai WMS API v1");
        });
        return app;
    }
}
