using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Domain.HandlingUnits;
using Npgsql;
using static LKvitai.Api.IntegrationTests.LedgerTests;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Handling units through the real API and database: rules, the ledger's movements, capacity, look-ups, projection.</summary>
public sealed class HandlingUnitTests(HandlingUnitTests.HandlingUnitApi api) : IClassFixture<HandlingUnitTests.HandlingUnitApi>
{
    public sealed class HandlingUnitApi : LedgerApi
    {
        protected override string DatabasePrefix => "hu";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Projections:Enabled"] = "true",
            ["Hangfire:ServerEnabled"] = "true",
            ["Hangfire:WorkerCount"] = "1",
            ["TimeTravel:SafetyLagMinutes"] = "0",
        };
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string bin, string type = "PALLET") =>
        (await (await client.PostAsJsonAsync("/api/v1/handling-units", new { commandId = Guid.NewGuid(), type, location = bin }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("units")[0];

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, string lpn, string sku, decimal quantity, string? from = "SUPPLIER") =>
        client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/lines", new { commandId = Guid.NewGuid(), sku, quantity, fromLocation = from });

    private static Task<HttpResponseMessage> SealAsync(HttpClient client, string lpn) =>
        client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/seal", new { commandId = Guid.NewGuid() });

    private static async Task<JsonElement> WaitForLinesAsync(HttpClient client, string lpn, int lines)
    {
        for (var i = 0; i < 100; i++)
        {
            var unit = await (await client.GetAsync($"/api/v1/handling-units/{lpn}")).JsonAsync();
            if (unit.GetProperty("lines").GetArrayLength() == lines)
            {
                return unit;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{lpn} did not show {lines} lines within 10 s");
    }

    [Fact]
    public async Task HandlingUnit_OpenTakesLines_SealNeedsALine_SealedRefusesChanges()
    {
        using var client = api.ApiKeyClient();
        var (bin, sku1, sku2) = (await api.NewBinAsync(client), await api.NewSkuAsync(client), await api.NewSkuAsync(client));

        var unit = await CreateAsync(client, bin);
        var lpn = unit.GetProperty("lpn").GetString()!;
        Sscc.IsValid(lpn).Should().BeTrue(lpn);
        lpn.Should().StartWith("00614141");
        unit.GetProperty("status").GetString().Should().Be("OPEN");

        await (await SealAsync(client, lpn)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.empty");

        var added = await (await AddAsync(client, lpn, sku1, 10)).JsonAsync();
        added.GetProperty("movements")[0].GetProperty("movementType").GetString().Should().Be("RECEIPT");
        (await AddAsync(client, lpn, sku2, 4)).StatusCode.Should().Be(HttpStatusCode.OK);
        var removed = await (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/lines/remove",
            new { commandId = Guid.NewGuid(), sku = sku1, quantity = 3, toLocation = "SCRAP", reason = "damaged" })).JsonAsync();
        removed.GetProperty("units")[0].GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("sku").GetString(), l.GetProperty("quantity").GetDecimal()))
            .Should().BeEquivalentTo(new[] { (sku1, 7m), (sku2, 4m) });
        await (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/lines/remove",
            new { commandId = Guid.NewGuid(), sku = sku2, quantity = 5 })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.insufficient_quantity");

        var sealedUnit = await (await SealAsync(client, lpn)).JsonAsync();
        sealedUnit.GetProperty("units")[0].GetProperty("status").GetString().Should().Be("SEALED");
        var refused = await AddAsync(client, lpn, sku1, 1);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.sealed");
        problem.GetProperty("title").GetString().Should().Be("Cannot modify sealed HU");

        // Look-up by the scanned barcode text, "(00)" included; the lines come from the contents projection.
        var found = await WaitForLinesAsync(client, $"(00){lpn}", 2);
        (found.GetProperty("status").GetString(), found.GetProperty("location").GetString()).Should().Be(("SEALED", bin));
        var history = await (await client.GetAsync($"/api/v1/handling-units/{lpn}/history")).JsonAsync();
        history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event").GetString())
            .Should().Equal("Created", "LineAdded", "LineAdded", "LineRemoved", "Sealed");
        history.GetProperty("movements").GetArrayLength().Should().Be(3);
        await (await client.GetAsync("/api/v1/handling-units/00000000000000000000")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "hu.not_found");

        // The generic movement endpoint moves loose stock only.
        var generic = await client.PostAsJsonAsync("/api/v1/movements", new
        {
            commandId = Guid.NewGuid(), sku = sku1, quantity = 1, fromLocation = bin, toLocation = "SCRAP", movementType = "SCRAP", handlingUnitId = unit.GetProperty("id").GetGuid(),
        });
        (await generic.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").GetProperty("handlingUnitId").GetArrayLength().Should().Be(1);
        await (await client.PostAsJsonAsync("/api/v1/movements", Move(sku1, 1, bin, "SCRAP", "SCRAP")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.insufficient_balance");
    }

    [Fact]
    public async Task MovingAUnit_AppendsOneMovementPerLine_AllOrNothing_AndRespectsCapacity()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku1, sku2) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client), await api.NewSkuAsync(client));
        var created = await CreateAsync(client, a);
        var (lpn, id) = (created.GetProperty("lpn").GetString()!, created.GetProperty("id").GetGuid());
        (await AddAsync(client, lpn, sku1, 5)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AddAsync(client, lpn, sku2, 2)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SealAsync(client, lpn)).StatusCode.Should().Be(HttpStatusCode.OK);
        const string MovesOfTheUnit = "SELECT count(*) FROM stock_movements WHERE from_handling_unit_id = $1 AND to_handling_unit_id = $1";

        var commandId = Guid.NewGuid();
        var moved = await (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/move", new { commandId, toLocation = b })).JsonAsync();
        moved.GetProperty("movements").GetArrayLength().Should().Be(2);
        moved.GetProperty("units")[0].GetProperty("location").GetString().Should().Be(b);
        (await api.ScalarAsync(MovesOfTheUnit, id)).Should().Be(2);
        (await api.ScalarAsync("SELECT count(*) FROM saga_steps WHERE saga_id = $1", commandId)).Should().Be(2, "the transfer saga's two steps");
        var replay = await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/move", new { commandId, toLocation = b });
        replay.Headers.GetValues("Idempotent-Replayed").Should().Contain("true");
        (await api.ScalarAsync(MovesOfTheUnit, id)).Should().Be(2);

        // An unknown destination: nothing moves, the unit stays.
        await (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/move", new { commandId = Guid.NewGuid(), toLocation = "NOWHERE-1" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.location_not_found");
        var stayed = await (await client.GetAsync($"/api/v1/handling-units/{lpn}")).JsonAsync();
        stayed.GetProperty("location").GetString().Should().Be(b);
        (await api.ScalarAsync(MovesOfTheUnit, id)).Should().Be(2, "a refused transfer appends nothing");

        // Bins take 4 units: fill a, the fifth is refused, even when several race for the last places.
        var full = await api.NewBinAsync(client);
        var raced = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostAsJsonAsync("/api/v1/handling-units", new { commandId = Guid.NewGuid(), type = "BOX", location = full })));
        raced.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(4);
        foreach (var response in raced.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.capacity_exceeded"))
                .GetProperty("title").GetString().Should().Be("Bin capacity exceeded");
        }

        await (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/move", new { commandId = Guid.NewGuid(), toLocation = full }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.capacity_exceeded");
    }

    [Fact]
    public async Task SplitAndMerge_ConserveQuantities_EmptySources_AndTheLedgerAgrees()
    {
        using var client = api.ApiKeyClient();
        var (bin, sku1, sku2) = (await api.NewBinAsync(client), await api.NewSkuAsync(client), await api.NewSkuAsync(client));
        var source = (await CreateAsync(client, bin)).GetProperty("lpn").GetString()!;
        (await AddAsync(client, source, sku1, 10)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AddAsync(client, source, sku2, 6)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SealAsync(client, source)).StatusCode.Should().Be(HttpStatusCode.OK);

        var split = await (await client.PostAsJsonAsync($"/api/v1/handling-units/{source}/split", new
        {
            commandId = Guid.NewGuid(), type = "BOX", lines = new[] { new { sku = sku1, quantity = 4m }, new { sku = sku2, quantity = 6m } },
        })).JsonAsync();
        var units = split.GetProperty("units").EnumerateArray().ToList();
        units[0].GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("sku").GetString(), l.GetProperty("quantity").GetDecimal()))
            .Should().Equal((sku1, 6m));
        var box = units[1].GetProperty("lpn").GetString()!;
        (units[1].GetProperty("type").GetString(), units[1].GetProperty("location").GetString()).Should().Be(("BOX", bin));
        await (await client.PostAsJsonAsync($"/api/v1/handling-units/{source}/split", new
        {
            commandId = Guid.NewGuid(), lines = new[] { new { sku = sku1, quantity = 7m } },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.insufficient_quantity");

        // Merge needs an open target; the sealed source and box go into a new open pallet and become EMPTY.
        var target = (await CreateAsync(client, bin)).GetProperty("lpn").GetString()!;
        await (await client.PostAsJsonAsync($"/api/v1/handling-units/{source}/merge", new { commandId = Guid.NewGuid(), sourceLpns = new[] { target } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.sealed");
        var merged = await (await client.PostAsJsonAsync($"/api/v1/handling-units/{target}/merge", new { commandId = Guid.NewGuid(), sourceLpns = new[] { source, box } }))
            .JsonAsync();
        var after = merged.GetProperty("units").EnumerateArray().ToList();
        after[0].GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("sku").GetString(), l.GetProperty("quantity").GetDecimal()))
            .Should().BeEquivalentTo(new[] { (sku1, 10m), (sku2, 6m) });
        after.Skip(1).Should().OnlyContain(u => u.GetProperty("status").GetString() == "EMPTY");

        // One item from the open pallet into another open unit.
        var other = (await CreateAsync(client, bin, "BAG")).GetProperty("lpn").GetString()!;
        var given = await (await client.PostAsJsonAsync("/api/v1/handling-units/stock-transfers", new
        {
            commandId = Guid.NewGuid(), fromLpn = target, toLpn = other, sku = sku2, quantity = 2,
        })).JsonAsync();
        given.GetProperty("units")[1].GetProperty("lines")[0].GetProperty("quantity").GetDecimal().Should().Be(2);

        // The bin's balance is unchanged by all the repacking; the contents projection rebuilds to the same result;
        // the consistency check agrees with every balance, per unit.
        var balance = await (await client.GetAsync($"/api/v1/balances?location={bin}&sku={sku1}")).JsonAsync();
        balance.GetProperty("items")[0].GetProperty("quantity").GetDecimal().Should().Be(10);
        await WaitForLinesAsync(client, other, 1);
        var accepted = await (await client.PostAsJsonAsync("/api/v1/projections/handling_unit_contents/rebuild", new { commandId = Guid.NewGuid() }))
            .JsonAsync(HttpStatusCode.Accepted);
        JsonElement rebuild = default;
        for (var i = 0; i < 150 && (i == 0 || rebuild.GetProperty("state").GetString() == "queued"); i++)
        {
            await Task.Delay(100);
            rebuild = await (await client.GetAsync($"/api/v1/projections/rebuilds/{accepted.GetProperty("id").GetInt64()}")).JsonAsync();
        }

        rebuild.GetProperty("state").GetString().Should().Be("equal", rebuild.ToString());
        var check = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        check.GetProperty("passed").GetBoolean().Should().BeTrue(check.ToString());
    }
}
