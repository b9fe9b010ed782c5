using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Flags change at run time, are audited, and a disabled feature is refused by the API.</summary>
public sealed class FeatureFlagTests(FeatureFlagTests.FlagsApi api) : IClassFixture<FeatureFlagTests.FlagsApi>
{
    public sealed class FlagsApi : WmsApiFactory
    {
        protected override string DatabasePrefix => "flags";
    }

    private const string Offline = "enable_offline_operations";

    private async Task SetOfflineFlagAsync(HttpClient admin, bool enabled, int percentage, params string[] whitelist) =>
        (await admin.PutAsJsonAsync($"/api/v1/feature-flags/{Offline}",
            new { commandId = Guid.NewGuid(), enabled, rolloutPercentage = percentage, userWhitelist = whitelist }))
        .StatusCode.Should().Be(HttpStatusCode.OK);

    [Fact]
    public async Task GatedEndpoint_FollowsTheFlag_OffWhitelistedThenOffAgain()
    {
        using var admin = await api.LoginAsync("admin");
        using var operatorClient = await api.LoginAsync("operator");
        using var manager = await api.LoginAsync("manager");

        await SetOfflineFlagAsync(admin, false, 0);
        var refused = await operatorClient.GetAsync("/api/v1/offline/policy");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "feature.disabled");
        problem.GetProperty("detail").GetString().Should().Contain(Offline);

        await SetOfflineFlagAsync(admin, true, 0, "operator");
        var policy = await (await operatorClient.GetAsync("/api/v1/offline/policy")).JsonAsync();
        policy.GetProperty("queueLimit").GetInt32().Should().Be(100);
        policy.GetProperty("warnAtQueueLength").GetInt32().Should().Be(80);
        policy.GetProperty("syncPromptAtQueueLength").GetInt32().Should().Be(90);
        policy.GetProperty("offlineWarningAfterHours").GetInt32().Should().Be(8);
        await (await manager.GetAsync("/api/v1/offline/policy")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "feature.disabled");

        var mine = await (await operatorClient.GetAsync("/api/v1/feature-flags/me")).JsonAsync();
        mine.GetProperty("flags").GetProperty(Offline).GetBoolean().Should().BeTrue();

        // The kill switch: disabled means off even for whitelisted users.
        await SetOfflineFlagAsync(admin, false, 100, "operator");
        await (await operatorClient.GetAsync("/api/v1/offline/policy")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "feature.disabled");
    }

    [Fact]
    public async Task Rollout_IsStablePerUser_AndHundredPercentReachesEveryone()
    {
        using var admin = await api.LoginAsync("admin");
        const string flag = "enable_3d_visualization";
        (await admin.PutAsJsonAsync($"/api/v1/feature-flags/{flag}",
            new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 50, userWhitelist = Array.Empty<string>() }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        foreach (var user in new[] { "operator", "manager", "accountant", "admin" })
        {
            var answers = new List<bool>();
            for (var i = 0; i < 3; i++)
            {
                using var session = await api.LoginAsync(user);
                var mine = await (await session.GetAsync("/api/v1/feature-flags/me")).JsonAsync();
                answers.Add(mine.GetProperty("flags").GetProperty(flag).GetBoolean());
            }

            answers.Distinct().Should().HaveCount(1, $"{user} must get the same answer on every session");
            answers[0].Should().Be(Domain.FeatureFlags.FeatureFlagRule.Bucket(flag, user) < 50);
        }

        (await admin.PutAsJsonAsync($"/api/v1/feature-flags/{flag}",
            new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 100, userWhitelist = Array.Empty<string>() }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        using var operatorClient = await api.LoginAsync("operator");
        var all = await (await operatorClient.GetAsync("/api/v1/feature-flags/me")).JsonAsync();
        all.GetProperty("flags").GetProperty(flag).GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Change_IsAudited_WithWhoBeforeAndAfter()
    {
        using var admin = await api.LoginAsync("admin");
        const string flag = "enable_erp_integration";
        (await admin.PutAsJsonAsync($"/api/v1/feature-flags/{flag}",
            new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 25, userWhitelist = new[] { "operator1", "operator2" } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var history = await (await admin.GetAsync($"/api/v1/feature-flags/{flag}/history")).JsonAsync();

        var latest = history[0];
        latest.GetProperty("changedBy").GetString().Should().Be("admin");
        latest.GetProperty("before").GetProperty("enabled").GetBoolean().Should().BeFalse();
        latest.GetProperty("after").GetProperty("enabled").GetBoolean().Should().BeTrue();
        latest.GetProperty("after").GetProperty("rolloutPercentage").GetInt32().Should().Be(25);
        latest.GetProperty("after").GetProperty("userWhitelist").EnumerateArray().Select(u => u.GetString())
            .Should().Equal("operator1", "operator2");

        var flags = await (await admin.GetAsync("/api/v1/feature-flags")).JsonAsync();
        var stored = flags.EnumerateArray().Single(f => f.GetProperty("key").GetString() == flag);
        stored.GetProperty("updatedBy").GetString().Should().Be("admin");
    }

    [Fact]
    public async Task Update_WithInvalidPercentage_Returns400AndUnknownFlag404()
    {
        using var admin = await api.LoginAsync("admin");

        var invalid = await admin.PutAsJsonAsync("/api/v1/feature-flags/enable_agnum_export",
            new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 150, userWhitelist = Array.Empty<string>() });
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").GetProperty("rolloutPercentage")[0].GetString().Should().Contain("between 0 and 100");

        var unknown = await admin.PutAsJsonAsync("/api/v1/feature-flags/enable_time_machine",
            new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 10, userWhitelist = Array.Empty<string>() });
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "feature_flags.not_found");
    }
}
