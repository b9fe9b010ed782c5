using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LKvitai.Api.IntegrationTests.Infrastructure;
using static LKvitai.Api.IntegrationTests.LedgerTests;

namespace LKvitai.Api.IntegrationTests;

/// <summary>
/// Every metric an alert rule in deploy/prometheus/alerts.yml uses is exported by the API after the workflows that feed
/// it (a rule on a metric nobody emits never fires).
/// </summary>
public sealed partial class AlertRulesTests(AlertRulesTests.AlertApi api) : IClassFixture<AlertRulesTests.AlertApi>
{
    public sealed class AlertApi : LedgerApi
    {
        protected override string DatabasePrefix => "alerts";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Projections:Enabled"] = "true",
            ["Outbox:Enabled"] = "true",
            ["Sagas:ResumeEnabled"] = "true",
            ["Sagas:ResumeIntervalSeconds"] = "1",
        };
    }

    [GeneratedRegex(@"\blkvitai_[a-z_]+")]
    private static partial Regex MetricName();

    [Fact]
    public async Task EveryMetricTheAlertRulesUse_IsExported_AfterTheWorkflows()
    {
        var rules = await File.ReadAllTextAsync(Path.Combine(TestPostgres.RepositoryRoot, "deploy", "prometheus", "alerts.yml"));
        var used = MetricName().Matches(rules).Select(m => Regex.Replace(m.Value, "_(bucket|count|sum)$", string.Empty)).Distinct().ToList();
        used.Should().Contain(["lkvitai_allocations_total", "lkvitai_projection_lag_seconds", "lkvitai_ledger_append_seconds"]);

        using var admin = await api.LoginAsync("admin");
        (await admin.PutAsJsonAsync("/api/v1/feature-flags/enable_reservation_engine",
            new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 100, userWhitelist = Array.Empty<string>() })).StatusCode.Should().Be(HttpStatusCode.OK);
        using var client = api.ApiKeyClient();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/receipts", new { commandId = Guid.NewGuid(), location = bin, lines = new[] { new { sku, quantity = 4m } } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 99, bin, await api.NewBinAsync(client)))).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var reservation = await (await client.PostAsJsonAsync("/api/v1/reservations", new
        {
            commandId = Guid.NewGuid(), purpose = "SALES_ORDER", priority = 5, lines = new[] { new { sku, quantity = 9m } },
        })).JsonAsync(HttpStatusCode.Created);
        reservation.GetProperty("status").GetString().Should().Be("PENDING", "an allocation that fails counts towards the failure rate");
        (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).StatusCode.Should().Be(HttpStatusCode.Created);
        await Task.Delay(TimeSpan.FromSeconds(2)); // the lag reporter and the saga resumer refresh their gauges every second

        var metrics = await client.GetStringAsync("/metrics");
        var exported = metrics.Split('\n').Where(line => line.StartsWith("lkvitai_", StringComparison.Ordinal))
            .Select(line => Regex.Replace(MetricName().Match(line).Value, "_(bucket|count|sum)$", string.Empty)).ToHashSet();
        used.Should().BeSubsetOf(exported, "every alert rule reads a metric the API exports");
        metrics.Should().Contain("lkvitai_allocations_total{outcome=\"failed\"}");
    }
}
