using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using LKvitai.Application.Common.Interfaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LKvitai.Api.Auth;

/// <summary>
/// Authenticates <c>X-Api-Key</c> (or <c>Authorization: Bearer</c>) against the hashed keys in the database.
/// A checked key is remembered for 30 seconds, so a revocation reaches every process within 30 s.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeySecrets secrets,
    IMemoryCache cache,
    IConfiguration configuration,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private readonly TimeSpan cacheFor = TimeSpan.FromSeconds(configuration.GetValue("Auth:ApiKeyCacheSeconds", 30));
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private sealed record KnownKey(Guid Id, string Name, string SecretHash, string[] Roles, bool Revoked, DateTimeOffset? LastUsedAt);

    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (secrets.Parse(presented) is not { } parsed)
        {
            return AuthenticateResult.Fail("Malformed API key");
        }

        var cacheKey = "apikey:" + parsed.Hash;
        if (!cache.TryGetValue(cacheKey, out KnownKey? key))
        {
            var db = Context.RequestServices.GetRequiredService<IWmsDbContext>();
            var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == parsed.Prefix, Context.RequestAborted);
            key = row is null ? null : new KnownKey(row.Id, row.Name, row.SecretHash, [.. row.Roles], row.RevokedAt is not null, row.LastUsedAt);
            Remember(cacheKey, key);
        }

        if (key is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key.SecretHash), Encoding.ASCII.GetBytes(parsed.Hash)))
        {
            return AuthenticateResult.Fail("Unknown API key");
        }

        if (key.Revoked)
        {
            return AuthenticateResult.Fail("Revoked API key");
        }

        await RecordUseAsync(key, cacheKey);

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, "apikey:" + key.Name),
        };
        claims.AddRange(key.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var identity = new ClaimsIdentity(claims, AuthSchemes.ApiKey);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.ApiKey));
    }

    private void Remember(string cacheKey, KnownKey? key)
    {
        if (cacheFor > TimeSpan.Zero)
        {
            cache.Set(cacheKey, key, cacheFor);
        }
    }

    /// <summary>Keeps "last used" to the minute without a write per request.</summary>
    private async Task RecordUseAsync(KnownKey key, string cacheKey)
    {
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is { } last && now - last < LastUsedResolution)
        {
            return;
        }

        var db = Context.RequestServices.GetRequiredService<IWmsDbContext>();
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        Remember(cacheKey, key with { LastUsedAt = now });
    }
}
