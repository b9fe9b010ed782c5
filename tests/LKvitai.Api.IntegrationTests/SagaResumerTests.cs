using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Api.IntegrationTests;

/// <summary>The background resumer finishes a receipt whose runner died, and every receipt metric a dashboard uses is exported.</summary>
public sealed class SagaResumerTests(SagaResumerTests.ResumerApi api) : IClassFixture<SagaResumerTests.ResumerApi>
{
    public sealed class ResumerApi : LedgerTests.LedgerApi
    {
        public ReceiptTests.CrashingFaults Faults { get; } = new();

        protected override string DatabasePrefix => "resumer";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Projections:Enabled"] = "true",
            ["Printing:Enabled"] = "true",
            ["Sagas:LeaseSeconds"] = "1",
            ["Sagas:ResumeIntervalSeconds"] = "1",
            ["Sagas:ResumeEnabled"] = "true",
        };

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<LKvitai.Application.Common.Interfaces.ISagaFaultInjector>(Faults);
    }

    [Fact]
    public async Task AReceiptWhoseRunnerDied_IsFinishedByTheResumer_AndItsMetricsAreExported()
    {
        using var client = api.ApiKeyClient();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        var id = Guid.NewGuid();
        api.Faults.CrashAfter[id] = "SealHandlingUnit";
        var before = await client.GetStringAsync("/metrics");

        (await client.PostAsJsonAsync("/api/v1/receipts", new { commandId = id, location = bin, lines = new[] { new { sku, quantity = 3m } } }))
            .StatusCode.Should().Be(HttpStatusCode.InternalServerError);

        var status = "running";
        for (var i = 0; i < 150 && status != "completed"; i++)
        {
            await Task.Delay(100);
            status = (await (await client.GetAsync($"/api/v1/receipts/{id}")).JsonAsync()).GetProperty("status").GetString()!;
        }

        status.Should().Be("completed", "the resumer picks the receipt up once its runner's lease ran out");
        var after = await client.GetStringAsync("/metrics");
        foreach (var counter in new[]
                 {
                     "lkvitai_handling_units_created_total", "lkvitai_sagas_resumed_total{type=\"receipt\"}",
                     "lkvitai_print_jobs_total{outcome=\"manual\"}",
                 })
        {
            MetricSum(after, counter).Should().BeGreaterThan(MetricSum(before, counter), $"{counter} counts this receipt");
        }

        foreach (var name in new[]
                 {
                     "lkvitai_sagas_completed_total{", "lkvitai_saga_alerts{type=\"receipt\"}",
                     "lkvitai_projection_lag_seconds{projection=\"handling_unit_contents\"}", "lkvitai_print_failures_total",
                 })
        {
            after.Should().Contain(name);
        }
    }

    /// <summary>The sum of every sample of a metric whose name (and labels, if given in part) start as <paramref name="prefix"/>.</summary>
    private static double MetricSum(string exposition, string prefix) =>
        exposition.Split('\n')
            .Where(line => !line.StartsWith('#') && line.StartsWith(prefix, StringComparison.Ordinal)
                           && (prefix.Contains('{') || line.Length > prefix.Length && line[prefix.Length] is ' ' or '{'))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
}
