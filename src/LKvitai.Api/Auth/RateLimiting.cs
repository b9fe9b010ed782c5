using System.Globalization;
using System.Threading.RateLimiting;
using LKvitai.Api.Problems;
using Microsoft.AspNetCore.RateLimiting;

namespace LKvitai.Api.Auth;

/// <summary>
/// Sign-in attempts are limited per client address (against password guessing); API-key traffic per key (against a
/// runaway integration). Both answer 429 problem details with Retry-After.
/// </summary>
internal static class RateLimiting
{
    public const string LoginPolicy = "login";

    public static IServiceCollection AddWmsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var loginPerMinute = configuration.GetValue("RateLimiting:LoginAttemptsPerMinute", 10);
        var apiKeyPerSecond = configuration.GetValue("RateLimiting:ApiKeyRequestsPerSecond", 5000);

        services.AddRateLimiter(options =>
        {
            options.AddPolicy(LoginPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var key = ApiKeyAuthenticationHandler.PresentedKey(context.Request);
                if (key is null)
                {
                    return RateLimitPartition.GetNoLimiter("no-api-key");
                }

                // Partition by the key's public prefix, never by the secret itself.
                var partition = key.Length > 16 ? key[..16] : key;
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = apiKeyPerSecond,
                    TokensPerPeriod = apiKeyPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });

            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problem = ProblemResults.ToProblemDetails(ProblemResults.ErrorForStatus(StatusCodes.Status429TooManyRequests), http);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            };
        });
        return services;
    }
}
