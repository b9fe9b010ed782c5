using LKvitai.Api.Problems;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace LKvitai.Api.Auth;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddWmsAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddMemoryCache();

        services.AddAuthentication(AuthSchemes.CookieOrApiKey)
            .AddPolicyScheme(AuthSchemes.CookieOrApiKey, "Cookie session or API key", options =>
                options.ForwardDefaultSelector = context =>
                    ApiKeyAuthenticationHandler.PresentedKey(context.Request) is null ? AuthSchemes.Cookie : AuthSchemes.ApiKey)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = AuthSchemes.SessionCookie;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue("Auth:SessionHours", 12));
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;

                // An API answers with problem details, never with a redirect to a login page.
                options.Events.OnRedirectToLogin = context => WriteProblem(context.HttpContext, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => WriteProblem(context.HttpContext, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, _ => { });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(AuthSchemes.CookieOrApiKey).RequireAuthenticatedUser().Build());

        services.AddAntiforgery(options =>
        {
            options.HeaderName = AuthSchemes.AntiforgeryHeader;
            options.Cookie.Name = "lkvitai.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddWmsRateLimiting(configuration);
        return services;
    }

    private static Task WriteProblem(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        var problem = ProblemResults.ToProblemDetails(ProblemResults.ErrorForStatus(status), context);
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    /// <summary>
    /// Cookie sessions must echo the XSRF-TOKEN cookie in X-XSRF-TOKEN on every unsafe request (API keys need not:
    /// a browser never sends them by itself). Sign-in is exempt: there is no session yet to ride on.
    /// </summary>
    public static IApplicationBuilder UseAntiforgeryForCookieSessions(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
            if (unsafeMethod
                && request.Path.StartsWithSegments("/api")
                && !request.Path.StartsWithSegments("/api/v1/auth/login")
                && context.User.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie })
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    var problem = ProblemResults.ToProblemDetails(
                        new Domain.Common.Error("auth.antiforgery_failed", "The page is out of date; reload it and try again",
                            Domain.Common.ErrorKind.Validation,
                            "Unsafe requests in a browser session must send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."),
                        context);
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                        .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
                    return;
                }
            }

            await next(context);
        });
}
