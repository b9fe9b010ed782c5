using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Infrastructure.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LKvitai.Api.IntegrationTests;

/// <summary>StockMoved through the transactional outbox to SignalR clients: at least once, in order, surviving a crash.</summary>
public sealed class OutboxTests(OutboxTests.OutboxApi api) : IClassFixture<OutboxTests.OutboxApi>
{
    public class OutboxApi : LedgerTests.LedgerApi
    {
        protected override string DatabasePrefix => "outbox";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Outbox:Enabled"] = "true" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IOutboxSubscriber>(FailOnce));
        }

        public FailingOnceSubscriber FailOnce { get; } = new();
    }

    /// <summary>Throws the first time it sees an item whose code starts with FAILONCE.</summary>
    public sealed class FailingOnceSubscriber : IOutboxSubscriber
    {
        private readonly ConcurrentDictionary<long, int> seen = new();

        public bool Handles(string messageType) => messageType == "StockMoved";

        public Task DeliverAsync(
            IReadOnlyList<OutboxMessage> messages, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
        {
            foreach (var message in messages)
            {
                if (message.Payload.Contains("\"FAILONCE", StringComparison.Ordinal) && seen.AddOrUpdate(message.Id, 1, (_, n) => n + 1) <= 2)
                {
                    throw new HttpRequestException("receiver unavailable"); // the batch attempt, then the first one-by-one attempt
                }
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>A second process sharing the database: same outbox, its own dispatcher.</summary>
    private sealed class LaterProcess(TestPostgres.Database database) : WmsApiFactory
    {
        protected override Task<TestPostgres.Database> CreateDatabaseAsync() => Task.FromResult(database);

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Outbox:Enabled"] = "true" };
    }

    private async Task<(HubConnection Hub, ConcurrentQueue<JsonElement> Received)> ListenAsync()
    {
        var received = new ConcurrentQueue<JsonElement>();
        var hub = api.LiveUpdatesHub();
        hub.On<JsonElement>("StockMoved", movement => received.Enqueue(movement));
        await hub.StartAsync();
        return (hub, received);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        condition().Should().BeTrue(what);
    }

    private async Task<long> PendingAsync(string sku)
    {
        await using var connection = new NpgsqlConnection(api.Database.Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL AND payload->>'sku' = '{sku}'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Movements_ReachSignalRClients_InSequenceOrder()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        var (hub, received) = await ListenAsync();
        await using var _ = hub;

        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 20, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        for (var i = 0; i < 15; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 1, i % 2 == 0 ? a : b, i % 2 == 0 ? b : a))).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        await WaitForAsync(() => received.Count(m => m.GetProperty("sku").GetString() == sku) >= 16, "all 16 StockMoved messages arrive");
        var mine = received.Where(m => m.GetProperty("sku").GetString() == sku).ToList();
        mine.Select(m => m.GetProperty("sequence").GetInt64()).Should().BeInAscendingOrder();
        mine[0].GetProperty("fromLocation").GetString().Should().Be("SUPPLIER");
        mine[0].GetProperty("toLocation").GetString().Should().Be(a);
        mine[0].GetProperty("movementType").GetString().Should().Be("RECEIPT");
        (await PendingAsync(sku)).Should().Be(0);

        using var scraper = api.ApiKeyClient();
        (await scraper.GetStringAsync("/metrics")).Should().Contain("lkvitai_outbox_delivery_seconds_count");
    }

    [Fact]
    public async Task FailedDelivery_IsRetriedWithBackoff_AndLaterMessagesOfTheSameItemWait()
    {
        using var client = api.ApiKeyClient();
        var bin = await api.NewBinAsync(client);
        var sku = $"FAILONCE-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        (await client.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code = sku, name = "Flaky", unitOfMeasure = "PCS" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var (hub, received) = await ListenAsync();
        await using var _ = hub;

        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 2, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 1, bin, "SCRAP", "SCRAP"))).StatusCode.Should().Be(HttpStatusCode.Created);

        await WaitForAsync(() => received.Count(m => m.GetProperty("sku").GetString() == sku) == 2, "both arrive after the retry");
        var mine = received.Where(m => m.GetProperty("sku").GetString() == sku).ToList();
        mine.Select(m => m.GetProperty("movementType").GetString()).Should().Equal("RECEIPT", "SCRAP");
        await using var connection = new NpgsqlConnection(api.Database.Owner);
        await connection.OpenAsync();
        await using var attempts = new NpgsqlCommand($"SELECT max(attempts) FROM outbox_messages WHERE payload->>'sku' = '{sku}'", connection);
        ((int)(await attempts.ExecuteScalarAsync())!).Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task MessagesCommittedWhileNoDispatcherRuns_AreDeliveredWhenOneStarts()
    {
        // A process without a dispatcher stands in for one that crashed between commit and delivery.
        var database = await TestPostgres.CreateDatabaseAsync("outboxcrash");
        var crashed = new CrashedProcess(database);
        await crashed.InitializeAsync();
        using var client = crashed.ApiKeyClient();
        var bin = await api.NewBinAsync(client, await NewWarehouseAsync(client));
        var sku = await api.NewSkuAsync(client);
        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 5, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        await crashed.DisposeAsync();
        (await CountAsync(database, "dispatched_at IS NULL")).Should().Be(1);

        var later = new LaterProcess(database);
        await later.InitializeAsync();
        try
        {
            for (var i = 0; i < 100 && await CountAsync(database, "dispatched_at IS NULL") > 0; i++)
            {
                await Task.Delay(100);
            }

            (await CountAsync(database, "dispatched_at IS NOT NULL")).Should().Be(1);
        }
        finally
        {
            await later.DisposeAsync();
        }
    }

    private sealed class CrashedProcess(TestPostgres.Database database) : WmsApiFactory
    {
        protected override Task<TestPostgres.Database> CreateDatabaseAsync() => Task.FromResult(database);
    }

    private static async Task<string> NewWarehouseAsync(HttpClient client)
    {
        (await client.PostAsJsonAsync("/api/v1/warehouses", new { commandId = Guid.NewGuid(), code = "CRASH", name = "Crash test" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        return "CRASH";
    }

    private static async Task<long> CountAsync(TestPostgres.Database database, string condition)
    {
        await using var connection = new NpgsqlConnection(database.Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM outbox_messages WHERE {condition}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
