using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Each role's access, allowed and forbidden, through the real pipeline.</summary>
public sealed class RoleAccessTests(WmsApiFactory api) : IClassFixture<WmsApiFactory>
{
    public static TheoryData<string, string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var user in new[] { "operator", "manager", "accountant", "admin" })
        {
            var admin = user == "admin";
            data.Add(user, "GET", "/api/v1/users", admin);
            data.Add(user, "GET", "/api/v1/api-keys", admin);
            data.Add(user, "GET", "/api/v1/feature-flags", admin);
            data.Add(user, "GET", "/api/v1/feature-flags/enable_agnum_export/history", admin);
            data.Add(user, "PUT", "/api/v1/feature-flags/enable_agnum_export", admin);
            data.Add(user, "GET", "/api/v1/skus", true);
            data.Add(user, "GET", "/api/v1/feature-flags/me", true);
            data.Add(user, "POST", "/api/v1/skus", user is "manager" or "admin");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_ForRole_IsAllowedOrForbidden(string user, string method, string path, bool allowed)
    {
        using var client = await api.LoginAsync(user);
        object body = method switch
        {
            "PUT" => new { commandId = Guid.NewGuid(), enabled = false, rolloutPercentage = 0, userWhitelist = Array.Empty<string>() },
            _ => new { commandId = Guid.NewGuid(), code = $"R-{Guid.NewGuid():N}"[..20].ToUpperInvariant(), name = "Role test", unitOfMeasure = "PCS" },
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await client.SendAsync(request);

        if (allowed)
        {
            ((int)response.StatusCode).Should().BeInRange(200, 299, await response.Content.ReadAsStringAsync());
        }
        else
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
            problem.GetProperty("detail").GetString().Should().Contain("Requires one of the roles");
        }
    }

    [Fact]
    public async Task HangfireDashboard_IsForAdministratorsOnly()
    {
        using var admin = await api.LoginAsync("admin");
        using var operatorClient = await api.LoginAsync("operator");
        using var anonymous = api.CreateClient();

        (await admin.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await operatorClient.GetAsync("/hangfire")).StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
