using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Projections behind the ledger: catch up, never skip a late commit, idempotent, rebuildable, one active worker.</summary>
public sealed class ProjectionTests(ProjectionTests.ProjectionApi api) : IClassFixture<ProjectionTests.ProjectionApi>
{
    public class ProjectionApi : LedgerTests.LedgerApi
    {
        protected override string DatabasePrefix => "projections";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Projections:Enabled"] = "true",
            ["Hangfire:ServerEnabled"] = "true",
            ["Hangfire:WorkerCount"] = "1",
        };
    }

    /// <summary>One of two API processes sharing a database (same code, each with its own workers).</summary>
    private sealed class ApiProcess(TestPostgres.Database database) : WmsApiFactory
    {
        protected override Task<TestPostgres.Database> CreateDatabaseAsync() => Task.FromResult(database);

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Projections:Enabled"] = "true" };

        public LKvitai.Infrastructure.Projections.ProjectionWorker Worker =>
            Services.GetServices<IHostedService>().OfType<LKvitai.Infrastructure.Projections.ProjectionWorker>().Single();
    }

    private async Task<T> OwnerQueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(api.Database.Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rows where the bin-occupancy projection disagrees with the ledger's own balances (bins only).</summary>
    private Task<long> MismatchesAsync() => OwnerQueryAsync<long>("""
        SELECT count(*) FROM projection_bin_occupancy p
        FULL JOIN (SELECT b.* FROM stock_balances b JOIN locations l ON l.id = b.location_id WHERE l.kind = 'Bin') b USING (location_id, sku)
        WHERE coalesce(p.quantity, 0) <> coalesce(b.quantity, 0)
        """);

    private async Task<JsonElement> StatusAsync(HttpClient client, string name)
    {
        var all = await (await client.GetAsync("/api/v1/projections")).JsonAsync();
        return all.EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
    }

    private async Task WaitUntilCaughtUpAsync(HttpClient client)
    {
        for (var i = 0; i < 100; i++)
        {
            var all = await (await client.GetAsync("/api/v1/projections")).JsonAsync();
            if (all.EnumerateArray().All(p => p.GetProperty("lagMovements").GetInt64() == 0) && await MismatchesAsync() == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("projections did not catch up within 10 s");
    }

    [Fact]
    public async Task Projections_CatchUp_AndReportLag()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 9, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 4, a, b))).StatusCode.Should().Be(HttpStatusCode.Created);

        await WaitUntilCaughtUpAsync(client);

        var status = await StatusAsync(client, "bin_occupancy");
        status.GetProperty("lagSeconds").GetDouble().Should().Be(0);
        status.GetProperty("processed").GetInt64().Should().BeGreaterThanOrEqualTo(2);
        (await OwnerQueryAsync<long>($"SELECT count(*) FROM projection_stock_by_sku WHERE sku = '{sku}' AND quantity = 9")).Should().Be(1);
        using var scraper = api.ApiKeyClient();
        (await scraper.GetStringAsync("/metrics")).Should().Contain("lkvitai_projection_lag_seconds{projection=\"bin_occupancy\"}");
    }

    [Fact]
    public async Task Projection_NeverSkipsAMovementWhoseTransactionCommitsAfterALaterOne()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        await WaitUntilCaughtUpAsync(client);

        // A ledger transaction takes its sequence number first and stays open …
        await using var slow = new NpgsqlConnection(api.Database.Ledger);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var early = new NpgsqlCommand($"""
            WITH ids AS (SELECT (SELECT id FROM locations WHERE code = 'SUPPLIER') AS s, (SELECT id FROM locations WHERE code = '{a}') AS t),
            given AS (INSERT INTO stock_balances (location_id, sku, quantity, physical, updated_at) SELECT t, '{sku}', 5, true, now() FROM ids
                      ON CONFLICT (location_id, sku, handling_unit_id) DO UPDATE SET quantity = stock_balances.quantity + 5),
            taken AS (INSERT INTO stock_balances (location_id, sku, quantity, physical, updated_at) SELECT s, '{sku}', -5, false, now() FROM ids
                      ON CONFLICT (location_id, sku, handling_unit_id) DO UPDATE SET quantity = stock_balances.quantity - 5)
            INSERT INTO stock_movements (movement_id, occurred_at, sku, quantity, from_location_id, to_location_id, movement_type, operator, command_id)
            SELECT gen_random_uuid(), now(), '{sku}', 5, s, t, 'RECEIPT', 'slow-writer', gen_random_uuid() FROM ids
            """, slow, transaction))
        {
            await early.ExecuteNonQueryAsync();
        }

        // … while a later movement (higher sequence) commits and becomes visible.
        // (from PRODUCTION: the open transaction holds the SUPPLIER row of this item)
        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 3, "PRODUCTION", b, "RETURN"))).StatusCode.Should().Be(HttpStatusCode.Created);
        await Task.Delay(600);
        (await OwnerQueryAsync<long>($"SELECT count(*) FROM projection_bin_occupancy WHERE sku = '{sku}'"))
            .Should().Be(0, "nothing after the open transaction may be applied before it commits");
        (await StatusAsync(client, "bin_occupancy")).GetProperty("lagMovements").GetInt64().Should().BeGreaterThanOrEqualTo(1);

        await transaction.CommitAsync();
        await WaitUntilCaughtUpAsync(client);

        (await OwnerQueryAsync<decimal>($"SELECT sum(quantity) FROM projection_bin_occupancy WHERE sku = '{sku}'")).Should().Be(8);
    }

    [Fact]
    public async Task Rebuild_OfAnHonestProjection_EqualsTheLiveCopy_AndRepairsATamperedOne()
    {
        using var client = api.ApiKeyClient();
        var (a, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 6, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        await WaitUntilCaughtUpAsync(client);

        async Task<JsonElement> RebuildAsync()
        {
            var accepted = await (await client.PostAsJsonAsync("/api/v1/projections/bin_occupancy/rebuild", new { commandId = Guid.NewGuid() }))
                .JsonAsync(HttpStatusCode.Accepted);
            var id = accepted.GetProperty("id").GetInt64();
            for (var i = 0; i < 150; i++)
            {
                var rebuild = await (await client.GetAsync($"/api/v1/projections/rebuilds/{id}")).JsonAsync();
                if (rebuild.GetProperty("state").GetString() != "queued")
                {
                    return rebuild;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("the rebuild did not finish within 15 s");
        }

        var honest = await RebuildAsync();
        honest.GetProperty("state").GetString().Should().Be("equal", honest.ToString());
        honest.GetProperty("differences").GetInt32().Should().Be(0);

        await OwnerQueryAsync<int?>($"UPDATE projection_bin_occupancy SET quantity = quantity + 1 WHERE sku = '{sku}' RETURNING 0");
        var tampered = await RebuildAsync();
        tampered.GetProperty("state").GetString().Should().Be("differed");
        tampered.GetProperty("differences").GetInt32().Should().Be(1);
        tampered.GetProperty("differenceSamples")[0].GetString().Should().Contain(sku).And.Contain("rebuilt 6").And.Contain("live 7");

        (await MismatchesAsync()).Should().Be(0, "the rebuild replaced the live copy");
        (await RebuildAsync()).GetProperty("state").GetString().Should().Be("equal");
    }

    [Fact]
    public async Task TwoApiProcesses_RunOneActiveWorkerPerProjection_AndTheOtherTakesOver()
    {
        var database = await TestPostgres.CreateDatabaseAsync("twoprocs");
        var one = new ApiProcess(database);
        await one.InitializeAsync();
        var two = new ApiProcess(database);
        await two.InitializeAsync();
        try
        {
            using var client = one.ApiKeyClient();
            var bin = await api.NewBinAsync(client, await NewWarehouseAsync(client));
            var sku = await api.NewSkuAsync(client);
            for (var i = 0; i < 10; i++)
            {
                (await client.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 1, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
            }

            var active = await WaitForActiveAsync(client, null);
            await Task.Delay(2500); // the standby has tried for the lock at least once
            var holders = await AdvisoryLockHoldersAsync(database);
            holders.Should().Be(3, "one holder per projection (three projections), not one per process");
            var (stopped, survivor) = one.Worker.Instance == active ? (one, two) : (two, one);
            survivor.Worker.Instance.Should().NotBe(active);

            await stopped.Worker.StopAsync(CancellationToken.None);
            using var survivorClient = survivor.ApiKeyClient();
            (await survivorClient.PostAsJsonAsync("/api/v1/movements", LedgerTests.Move(sku, 1, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);

            (await WaitForActiveAsync(survivorClient, survivor.Worker.Instance)).Should().Be(survivor.Worker.Instance);
            for (var i = 0; i < 100 && await QuantityAsync(database, sku) != 11; i++)
            {
                await Task.Delay(100);
            }

            (await QuantityAsync(database, sku)).Should().Be(11);
        }
        finally
        {
            await two.DisposeAsync();
            await one.DisposeAsync();
        }
    }

    private static async Task<string> NewWarehouseAsync(HttpClient client)
    {
        (await client.PostAsJsonAsync("/api/v1/warehouses", new { commandId = Guid.NewGuid(), code = "TWO", name = "Two processes" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        return "TWO";
    }

    /// <summary>Waits until bin_occupancy's checkpoint names an active instance (the expected one, if given).</summary>
    private static async Task<string> WaitForActiveAsync(HttpClient client, string? expected)
    {
        for (var i = 0; i < 100; i++)
        {
            var all = await (await client.GetAsync("/api/v1/projections")).JsonAsync();
            var status = all.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "bin_occupancy");
            var active = status.GetProperty("activeInstance").GetString();
            if (active is not null && status.GetProperty("lagMovements").GetInt64() == 0 && (expected is null || active == expected))
            {
                return active;
            }

            await Task.Delay(100);
        }

        var last = await (await client.GetAsync("/api/v1/projections")).Content.ReadAsStringAsync();
        throw new TimeoutException($"no active bin_occupancy worker caught up within 10 s: {last}");
    }

    private static async Task<long> AdvisoryLockHoldersAsync(TestPostgres.Database database)
    {
        await using var connection = new NpgsqlConnection(database.Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<decimal> QuantityAsync(TestPostgres.Database database, string sku)
    {
        await using var connection = new NpgsqlConnection(database.Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT coalesce(sum(quantity), 0) FROM projection_bin_occupancy WHERE sku = '{sku}'", connection);
        return (decimal)(await command.ExecuteScalarAsync())!;
    }
}
