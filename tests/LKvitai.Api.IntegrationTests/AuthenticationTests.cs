using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LKvitai.Api.IntegrationTests;

public sealed class AuthenticationTests(WmsApiFactory api) : IClassFixture<WmsApiFactory>
{
    [Theory]
    [InlineData("operator", "Operator")]
    [InlineData("manager", "Manager")]
    [InlineData("accountant", "Accountant")]
    [InlineData("admin", "Administrator")]
    public async Task Login_WhenPasswordIsRight_StartsSessionWithRoles(string username, string role)
    {
        using var client = await api.LoginAsync(username);

        var me = await (await client.GetAsync("/api/v1/auth/me")).JsonAsync();

        me.GetProperty("username").GetString().Should().Be(username);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal(role);
    }

    [Fact]
    public async Task Login_WhenPasswordIsWrong_Returns401Problem()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "operator", password = "wrong-password" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
        problem.GetProperty("title").GetString().Should().Be("Invalid username or password");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task Login_WhenFieldsAreEmpty_Returns400WithFieldErrors()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "", password = "" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").GetProperty("username")[0].GetString().Should().Be("Enter your username");
        problem.GetProperty("errors").GetProperty("password")[0].GetString().Should().Be("Enter your password");
    }

    [Fact]
    public async Task Me_WhenNotSignedIn_Returns401Problem()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/v1/auth/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task Request_WhenIdentityIsOnlyClaimedInHeaders_IsNotTrusted()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-User-Id", "admin");
        client.DefaultRequestHeaders.Add("X-User-Roles", "Administrator");
        client.DefaultRequestHeaders.Add("X-Forwarded-User", "admin");

        var response = await client.GetAsync("/api/v1/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var client = await api.LoginAsync("manager");

        (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task UnsafeRequest_WhenCookieSessionOmitsAntiforgeryHeader_Returns400()
    {
        using var client = await api.LoginAsync("manager");
        client.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");

        var response = await client.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code = "AF-1", name = "x", unitOfMeasure = "PCS" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "auth.antiforgery_failed");
        (await api.WithDbAsync(db => Task.FromResult(db.Skus.Any(s => s.Code == "AF-1")))).Should().BeFalse();
    }

    [Fact]
    public async Task ApiKey_WhenValid_AuthenticatesWithoutAntiforgery()
    {
        using var client = api.ApiKeyClient();

        var me = await (await client.GetAsync("/api/v1/auth/me")).JsonAsync();
        me.GetProperty("username").GetString().Should().Be("apikey:bootstrap");

        var created = await client.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code = "KEY-1", name = "Via key", unitOfMeasure = "PCS" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ApiKey_AlsoAcceptedAsBearerToken()
    {
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", WmsApiFactory.BootstrapApiKey);

        (await client.GetAsync("/api/v1/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("lkv_testbootstrp_0123456789abcdef0123456789abcdef9999")]
    public async Task ApiKey_WhenUnknownOrMalformed_Returns401(string key)
    {
        using var client = api.ApiKeyClient(key);

        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task ApiKey_CreatedByAdministrator_WorksUntilRevoked()
    {
        using var admin = await api.LoginAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-keys",
            new { commandId = Guid.NewGuid(), name = "erp-test", roles = new[] { "Integration" } })).JsonAsync(HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("apiKey").GetProperty("id").GetGuid();

        var stored = await api.WithDbAsync(db => Task.FromResult(db.ApiKeys.Single(k => k.Id == id)));
        stored.SecretHash.Should().NotContain(secret).And.HaveLength(64, "only a SHA-256 of the key is stored");

        using var erp = api.ApiKeyClient(secret);
        (await erp.GetAsync("/api/v1/skus")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await erp.GetAsync("/api/v1/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        (await admin.PostAsJsonAsync($"/api/v1/api-keys/{id}/revoke", new { commandId = Guid.NewGuid() })).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await erp.GetAsync("/api/v1/skus")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task ApiKey_WhenCreateCommandIsRepeated_TheSecretIsNotReplayedOrStored()
    {
        using var admin = await api.LoginAsync("admin");
        var command = new { commandId = Guid.NewGuid(), name = "retry-test", roles = new[] { "Integration" } };
        var first = await (await admin.PostAsJsonAsync("/api/v1/api-keys", command)).JsonAsync(HttpStatusCode.Created);
        var secret = first.GetProperty("secret").GetString()!;

        var again = await admin.PostAsJsonAsync("/api/v1/api-keys", command);
        var replay = await again.JsonAsync(HttpStatusCode.Created);

        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        replay.GetProperty("apiKey").GetProperty("id").GetGuid().Should().Be(first.GetProperty("apiKey").GetProperty("id").GetGuid());
        replay.GetProperty("secret").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var stored = await api.WithDbAsync(db => Task.FromResult(db.IdempotencyRecords.Single(r => r.CommandId == command.commandId)));
        stored.ResultJson.Should().NotContain(secret);
    }
}

/// <summary>Sign-in attempts beyond the limit are refused with 429 (its own API instance with a tiny limit).</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictLoginApi api) : IClassFixture<LoginRateLimitTests.StrictLoginApi>
{
    public sealed class StrictLoginApi : WmsApiFactory
    {
        protected override string DatabasePrefix => "ratelimit";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["RateLimiting:LoginAttemptsPerMinute"] = "3",
        };
    }

    [Fact]
    public async Task Login_WhenAttemptsExceedTheLimit_Returns429WithRetryAfter()
    {
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        for (var i = 0; i < 3; i++)
        {
            var attempt = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "operator", password = "wrong-password" });
            attempt.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "operator", password = "operator-pass" });

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        refused.Headers.RetryAfter.Should().NotBeNull();
    }
}
