using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace LKvitai.Api.IntegrationTests;

/// <summary>The movement ledger through HTTP against a real PostgreSQL: guard, atomicity, idempotency, concurrency, DB rules.</summary>
public sealed class LedgerTests(LedgerTests.LedgerApi api) : IClassFixture<LedgerTests.LedgerApi>
{
    public class LedgerApi : WmsApiFactory
    {
        protected override string DatabasePrefix => "ledger";

        public async Task<string> NewBinAsync(HttpClient client, string? warehouse = null)
        {
            warehouse ??= await EnsureWarehouseAsync(client);
            var code = $"{warehouse}-T{Interlocked.Increment(ref binCounter):0000}";
            var response = await client.PostAsJsonAsync("/api/v1/locations", new
            {
                commandId = Guid.NewGuid(), warehouse, code, aisle = "T", rack = "R1", level = 1,
                x = binCounter * 2m, y = 100m, z = 0m, width = 1m, depth = 1m, height = 1m, capacityHandlingUnits = 4,
            });
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return code;
        }

        public async Task<string> NewSkuAsync(HttpClient client)
        {
            var code = $"LEDGER-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
            (await client.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code, name = "Ledger test item", unitOfMeasure = "PCS" }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
            return code;
        }

        private int binCounter;
        private string? warehouseCode;

        private async Task<string> EnsureWarehouseAsync(HttpClient client)
        {
            if (warehouseCode is null)
            {
                (await client.PostAsJsonAsync("/api/v1/warehouses", new { commandId = Guid.NewGuid(), code = "TEST", name = "Test warehouse" }))
                    .StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict);
                warehouseCode = "TEST";
            }

            return warehouseCode;
        }
    }

    /// <summary>The body of one movement command (shared by the ledger, projection and outbox tests).</summary>
    public static object Move(string sku, decimal quantity, string from, string to, string type = "TRANSFER", Guid? commandId = null, string? reason = null) =>
        new { commandId = commandId ?? Guid.NewGuid(), sku, quantity, fromLocation = from, toLocation = to, movementType = type, reason };

    private async Task<decimal> BalanceAsync(HttpClient client, string location, string sku)
    {
        var page = await (await client.GetAsync($"/api/v1/balances?location={location}&sku={sku}&includeVirtual=true")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("quantity").GetDecimal()).SingleOrDefault();
    }

    private async Task<long> CountMovementsAsync(string sku)
    {
        await using var connection = new NpgsqlConnection(api.Database.Owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM stock_movements WHERE sku = $1", connection) { Parameters = { new() { Value = sku } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Receipt_ThenTransfer_MovesStockAndKeepsVirtualSourcesUnchecked()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));

        var receipt = await (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 10, "SUPPLIER", a, "RECEIPT"))).JsonAsync(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 4, a, b))).StatusCode.Should().Be(HttpStatusCode.Created);

        receipt.GetProperty("sequence").GetInt64().Should().BePositive();
        receipt.GetProperty("operator").GetString().Should().Be("apikey:bootstrap");
        (await BalanceAsync(client, a, sku)).Should().Be(6);
        (await BalanceAsync(client, b, sku)).Should().Be(4);
        (await BalanceAsync(client, "SUPPLIER", sku)).Should().Be(-10, "virtual locations are never balance-checked");
    }

    [Fact]
    public async Task Movement_WhenSourceHoldsTooLittle_Returns422AndAppendsNothing()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 3, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 3.001m, a, b));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.insufficient_balance");
        problem.GetProperty("title").GetString().Should().Be("Insufficient balance");
        (await BalanceAsync(client, a, sku)).Should().Be(3);
        (await CountMovementsAsync(sku)).Should().Be(1);
    }

    [Fact]
    public async Task Movement_WithUnknownLocationOrItem_Returns422_AndInvalidFieldsReturn400()
    {
        using var client = api.ApiKeyClient();
        var (a, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));

        var unknownBin = await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, "SUPPLIER", "NOWHERE-1", "RECEIPT"));
        var problem = await unknownBin.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.location_not_found");
        problem.GetProperty("title").GetString().Should().Be("Location not found");

        await (await client.PostAsJsonAsync("/api/v1/movements", Move("NO-SUCH-SKU", 1, "SUPPLIER", a, "RECEIPT")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.sku_not_found");

        var invalid = await client.PostAsJsonAsync("/api/v1/movements", Move(sku, -2, a, a, "TELEPORT"));
        var errors = (await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors");
        errors.GetProperty("quantity")[0].GetString().Should().Contain("above zero");
        errors.GetProperty("toLocation")[0].GetString().Should().Be("Source and destination must differ");
        errors.GetProperty("movementType")[0].GetString().Should().StartWith("Movement type must be one of");
    }

    [Fact]
    public async Task Batch_IsAllOrNothing_AndLaterLinesMayUseWhatEarlierLinesBrought()
    {
        using var client = api.ApiKeyClient();
        var (a, b, c, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));

        var chained = await client.PostAsJsonAsync("/api/v1/movements/batch", new
        {
            commandId = Guid.NewGuid(),
            movements = new[] { Move(sku, 5, "SUPPLIER", a, "RECEIPT"), Move(sku, 5, a, b), Move(sku, 2, b, c) },
        });
        (await chained.JsonAsync(HttpStatusCode.Created)).GetProperty("movements").GetArrayLength().Should().Be(3);

        var refused = await client.PostAsJsonAsync("/api/v1/movements/batch", new
        {
            commandId = Guid.NewGuid(),
            movements = new[] { Move(sku, 1, b, a), Move(sku, 100, c, a) },
        });

        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.insufficient_balance");
        (await BalanceAsync(client, a, sku)).Should().Be(0);
        (await BalanceAsync(client, b, sku)).Should().Be(3, "the first line of the refused batch was rolled back too");
        (await BalanceAsync(client, c, sku)).Should().Be(2);
        (await CountMovementsAsync(sku)).Should().Be(3);
    }

    [Fact]
    public async Task Movement_WhenCommandIsRepeated_AppendsNothing_EvenConcurrently()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 10, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var commandId = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsJsonAsync("/api/v1/movements", Move(sku, 2, a, b, commandId: commandId))));
        var again = await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 2, a, b, commandId: commandId));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Append(again).Select(async r => (await r.JsonAsync(HttpStatusCode.Created)).GetProperty("movementId").GetGuid()));
        ids.Distinct().Should().HaveCount(1);
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        var otherPayload = await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 3, a, b, commandId: commandId));
        await otherPayload.ShouldBeProblemAsync(HttpStatusCode.Conflict, "idempotency.payload_mismatch");
        (await BalanceAsync(client, b, sku)).Should().Be(2);
        (await CountMovementsAsync(sku)).Should().Be(2);
    }

    /// <summary>The race's length; LKVITAI_RACE_SECONDS shortens it for a quick local run.</summary>
    private static readonly TimeSpan RaceDuration = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("LKVITAI_RACE_SECONDS"), out var seconds) ? seconds : 30);

    [Fact]
    public async Task RacingMovements_OnAHotBin_NeverOverdraw_AndEveryAcknowledgedMovementIsRecordedOnce()
    {
        using var client = api.ApiKeyClient();
        var (hot, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        var targets = new[] { await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewBinAsync(client) };
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 100, "SUPPLIER", hot, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var acknowledged = new ConcurrentBag<Guid>();
        var refusedCount = 0;
        var attempts = 0;
        var until = DateTime.UtcNow + RaceDuration;

        // 32 clients for 30 s, moving 1–3 out of a bin that held 100, and every fourth move back, to keep contention up.
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async worker =>
        {
            for (var i = 0; DateTime.UtcNow < until; i++)
            {
                Interlocked.Increment(ref attempts);
                var target = targets[(worker + i) % targets.Length];
                var (from, to) = i % 4 == 3 ? (target, hot) : (hot, target);
                var response = await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1 + (i % 3), from, to));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.JsonAsync(HttpStatusCode.Created)).GetProperty("movementId").GetGuid());
                }
                else
                {
                    await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.insufficient_balance");
                    Interlocked.Increment(ref refusedCount);
                }
            }
        }));

        await using var connection = new NpgsqlConnection(api.Database.Owner);
        await connection.OpenAsync();
        await using (var negative = new NpgsqlCommand("SELECT count(*) FROM stock_balances WHERE physical AND quantity < 0", connection))
        {
            ((long)(await negative.ExecuteScalarAsync())!).Should().Be(0);
        }

        // Every balance equals what the ledger says: sum in minus sum out, per location and item.
        await using (var mismatch = new NpgsqlCommand("""
            WITH ledger AS (
                SELECT location_id, sku, sum(delta) AS quantity FROM (
                    SELECT to_location_id AS location_id, sku, quantity AS delta FROM stock_movements
                    UNION ALL SELECT from_location_id, sku, -quantity FROM stock_movements) d
                GROUP BY location_id, sku)
            SELECT count(*) FROM ledger l FULL JOIN stock_balances b USING (location_id, sku)
            WHERE coalesce(l.quantity, 0) <> coalesce(b.quantity, 0)
            """, connection))
        {
            ((long)(await mismatch.ExecuteScalarAsync())!).Should().Be(0);
        }

        await using var recorded = new NpgsqlCommand("SELECT movement_id FROM stock_movements WHERE sku = $1", connection) { Parameters = { new() { Value = sku } } };
        var ids = new List<Guid>();
        await using (var reader = await recorded.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        // Sets, not BeEquivalentTo: thousands of ids matched pairwise took minutes of CPU.
        var recordedIds = ids.ToHashSet();
        var acknowledgedIds = acknowledged.ToHashSet();
        recordedIds.Should().HaveCount(ids.Count, "no movement is recorded twice");
        acknowledgedIds.Should().HaveCount(acknowledged.Count, "no movement is acknowledged twice");
        acknowledgedIds.IsSubsetOf(recordedIds).Should().BeTrue("every acknowledged movement is recorded");
        recordedIds.Except(acknowledgedIds).Should().ContainSingle("nothing but the acknowledged movements and the receipt is recorded");
        (acknowledged.Count + refusedCount).Should().Be(attempts);
        acknowledged.Count.Should().BeGreaterThan(100);
        refusedCount.Should().BeGreaterThan(0, "the hot bin ran dry at some point, or the race did not race");
    }

    [Fact]
    public async Task AuditTrail_FiltersByItemOperatorTypeAndTime()
    {
        using var operatorClient = await api.LoginAsync("operator");
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 5, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var moved = await (await operatorClient.PostAsJsonAsync("/api/v1/movements", Move(sku, 2, a, b, reason: "Replenish pick face"))).JsonAsync(HttpStatusCode.Created);

        var byOperator = await (await client.GetAsync($"/api/v1/movements?sku={sku}&operator=operator&from={Uri.EscapeDataString(before.ToString("O"))}")).JsonAsync();
        byOperator.GetProperty("total").GetInt32().Should().Be(1);
        var entry = byOperator.GetProperty("items")[0];
        entry.GetProperty("fromLocation").GetString().Should().Be(a);
        entry.GetProperty("toLocation").GetString().Should().Be(b);
        entry.GetProperty("reason").GetString().Should().Be("Replenish pick face");

        var receipts = await (await client.GetAsync($"/api/v1/movements?sku={sku}&movementType=receipt")).JsonAsync();
        receipts.GetProperty("total").GetInt32().Should().Be(1);
        var byLocation = await (await client.GetAsync($"/api/v1/movements?location={b}")).JsonAsync();
        byLocation.GetProperty("total").GetInt32().Should().Be(1);

        var one = await (await client.GetAsync($"/api/v1/movements/{moved.GetProperty("movementId").GetGuid()}")).JsonAsync();
        one.GetProperty("operator").GetString().Should().Be("operator");
        await (await client.GetAsync($"/api/v1/movements/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "ledger.movement_not_found");
    }

    [Fact]
    public async Task Movements_CanNotBeChanged_ByAnyRole_AndOnlyTheLedgerRoleMayAppend()
    {
        using var client = api.ApiKeyClient();
        var (a, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);

        async Task<PostgresException> Refused(string connectionString, string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            var act = async () => await command.ExecuteNonQueryAsync();
            return (await act.Should().ThrowAsync<PostgresException>()).Which;
        }

        var insert = $"INSERT INTO stock_movements (movement_id, occurred_at, sku, quantity, from_location_id, to_location_id, movement_type, operator, command_id) " +
                     $"SELECT gen_random_uuid(), now(), '{sku}', 1, 1, 2, 'RECEIPT', 'sneaky', gen_random_uuid()";
        (await Refused(api.Database.App, insert)).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        (await Refused(api.Database.App, $"UPDATE stock_balances SET quantity = 1000 WHERE sku = '{sku}'")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        foreach (var role in new[] { api.Database.App, api.Database.Ledger, api.Database.Owner })
        {
            (await Refused(role, $"UPDATE stock_movements SET quantity = 99 WHERE sku = '{sku}'")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
            (await Refused(role, $"DELETE FROM stock_movements WHERE sku = '{sku}'")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
            (await Refused(role, "TRUNCATE stock_movements")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        }

        (await CountMovementsAsync(sku)).Should().Be(1);
    }

    [Fact]
    public async Task Layout_CodesAreUnique_BinsDoNotOverlap_AndOccupiedBinsCannotBeDeleted()
    {
        using var client = api.ApiKeyClient();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));

        var details = await (await client.GetAsync($"/api/v1/locations/{bin.ToLowerInvariant()}")).JsonAsync();
        details.GetProperty("kind").GetString().Should().Be("BIN");
        details.GetProperty("capacityHandlingUnits").GetInt32().Should().Be(4);
        var missing = await client.GetAsync("/api/v1/locations/NOWHERE-9");
        (await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "layout.location_not_found")).GetProperty("title").GetString().Should().Be("Location not found");

        var duplicate = await client.PostAsJsonAsync("/api/v1/locations", new
        {
            commandId = Guid.NewGuid(), warehouse = "TEST", code = bin, aisle = "T", rack = "R1", level = 1,
            x = 5000m, y = 0m, z = 0m, width = 1m, depth = 1m, height = 1m, capacityHandlingUnits = 1,
        });
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "layout.location_code_taken");
        var overlapping = await client.PostAsJsonAsync("/api/v1/locations", new
        {
            commandId = Guid.NewGuid(), warehouse = "TEST", code = "TEST-OVERLAP", aisle = "T", rack = "R1", level = 1,
            x = details.GetProperty("x").GetDecimal() + 0.5m, y = 100.5m, z = 0.5m, width = 1m, depth = 1m, height = 1m, capacityHandlingUnits = 1,
        });
        await overlapping.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "layout.bins_overlap");

        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var occupied = await client.PostAsJsonAsync($"/api/v1/locations/{bin}/retire", new { commandId = Guid.NewGuid() });
        (await occupied.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "layout.bin_occupied")).GetProperty("title").GetString()
            .Should().Be("Cannot delete occupied bin");

        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, bin, "SCRAP", "SCRAP"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await client.PostAsJsonAsync($"/api/v1/locations/{bin}/retire", new { commandId = Guid.NewGuid() })).JsonAsync())
            .GetProperty("retired").GetBoolean().Should().BeTrue();
        await (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, "SUPPLIER", bin, "RECEIPT")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.location_not_found");
    }

    [Fact]
    public async Task Generator_BuildsADemoWarehouse()
    {
        using var client = api.ApiKeyClient();

        var generated = await (await client.PostAsJsonAsync("/api/v1/warehouses/generate", new
        {
            commandId = Guid.NewGuid(), warehouse = "GEN", name = "Generated", aisles = 5, racksPerAisle = 10, levels = 4, binsPerLevel = 5,
        })).JsonAsync(HttpStatusCode.Created);

        generated.GetProperty("binsCreated").GetInt32().Should().Be(1000);
        var page = await (await client.GetAsync("/api/v1/locations?warehouse=GEN&pageSize=10")).JsonAsync();
        page.GetProperty("total").GetInt32().Should().Be(1000);
        page.GetProperty("items")[0].GetProperty("code").GetString().Should().Be("GEN-A01-R01-L1-B1");

        // The tree: 5 aisles of 10 racks, 4 levels × 5 bins each; a rack's bins come from the list filtered by aisle and rack.
        var tree = await (await client.GetAsync("/api/v1/warehouses/gen/tree")).JsonAsync();
        tree.GetProperty("bins").GetInt32().Should().Be(1000);
        var aisles = tree.GetProperty("aisles").EnumerateArray().ToList();
        aisles.Select(a => a.GetProperty("aisle").GetString()).Should().Equal("A01", "A02", "A03", "A04", "A05");
        var rack = aisles[1].GetProperty("racks")[2];
        (rack.GetProperty("rack").GetString(), rack.GetProperty("bins").GetInt32(), rack.GetProperty("levels").GetInt32()).Should().Be(("R03", 20, 4));
        var bins = await (await client.GetAsync("/api/v1/locations?warehouse=GEN&aisle=A02&rack=R03")).JsonAsync();
        bins.GetProperty("total").GetInt32().Should().Be(20);
        bins.GetProperty("items").EnumerateArray().Should().OnlyContain(b => b.GetProperty("code").GetString()!.StartsWith("GEN-A02-R03-"));
        await (await client.GetAsync("/api/v1/warehouses/NOPE/tree")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "layout.warehouse_not_found");
    }
}
