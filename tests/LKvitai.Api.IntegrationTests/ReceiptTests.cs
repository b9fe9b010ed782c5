using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Receiving;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Goods receipt as a saga: the happy path, refusals, deliveries' differences, a crash at every step, orphan alerts.</summary>
public sealed class ReceiptTests(ReceiptTests.ReceiptApi api) : IClassFixture<ReceiptTests.ReceiptApi>
{
    /// <summary>Crashes a saga once, right after the named step took effect and before the saga saved it.</summary>
    public sealed class CrashingFaults : ISagaFaultInjector
    {
        public ConcurrentDictionary<Guid, string> CrashAfter { get; } = new();

        public void AfterStep(Guid sagaId, string step)
        {
            if (CrashAfter.TryGetValue(sagaId, out var crashStep) && crashStep == step && CrashAfter.TryRemove(sagaId, out _))
            {
                throw new InvalidOperationException($"Simulated crash after {step}");
            }
        }
    }

    public sealed class ReceiptApi : LedgerTests.LedgerApi
    {
        public CrashingFaults Faults { get; } = new();

        protected override string DatabasePrefix => "receipts";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Projections:Enabled"] = "true",
            ["Sagas:LeaseSeconds"] = "1",
            ["Sagas:StuckAfterSeconds"] = "1",
            ["Sagas:ResumeEnabled"] = "false",
            ["TimeTravel:SafetyLagMinutes"] = "0",
        };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ISagaFaultInjector>(Faults);
    }

    private static object Receipt(Guid id, string bin, params (string Sku, decimal Quantity)[] lines) => new
    {
        commandId = id, location = bin, type = "PALLET", supplier = "ACME", lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }),
    };

    [Fact]
    public async Task Receipt_CreatesTheUnit_BooksTheLines_SealsIt_AndQueuesItsLabel()
    {
        using var client = api.ApiKeyClient();
        var (bin, a, b) = (await api.NewBinAsync(client), await api.NewSkuAsync(client), await api.NewSkuAsync(client));
        var id = Guid.NewGuid();

        var receipt = await (await client.PostAsJsonAsync("/api/v1/receipts", Receipt(id, bin, (a, 12), (b, 3)))).JsonAsync(HttpStatusCode.Created);

        receipt.GetProperty("status").GetString().Should().Be("completed");
        receipt.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString())
            .Should().Equal(ReceiptSaga.Steps);
        var lpn = receipt.GetProperty("lpn").GetString()!;
        var unit = await (await client.GetAsync($"/api/v1/handling-units/{lpn}")).JsonAsync();
        (unit.GetProperty("status").GetString(), unit.GetProperty("location").GetString()).Should().Be(("SEALED", bin));
        (await api.ScalarAsync("SELECT count(*) FROM stock_movements WHERE to_handling_unit_id = $1 AND movement_type = 'RECEIPT'",
            receipt.GetProperty("handlingUnitId").GetGuid())).Should().Be(2);
        (await api.ScalarAsync("SELECT count(*) FROM print_jobs WHERE id = $1", receipt.GetProperty("printJobId").GetGuid())).Should().Be(1);

        // The label: a preview of its content and the ZPL; a reprint is one more print job, once per command id.
        for (var i = 0; i < 100 && (await (await client.GetAsync($"/api/v1/handling-units/{lpn}")).JsonAsync()).GetProperty("lines").GetArrayLength() < 2; i++)
        {
            await Task.Delay(100);
        }

        var label = await (await client.GetAsync($"/api/v1/handling-units/{lpn}/label")).JsonAsync();
        label.GetProperty("zpl").GetString().Should().Contain("^BC").And.Contain(lpn);
        label.GetProperty("label").GetProperty("lines").GetArrayLength().Should().Be(2);
        var reprintId = Guid.NewGuid();
        var reprint = await (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/reprint", new { commandId = reprintId })).JsonAsync();
        reprint.GetProperty("id").GetGuid().Should().Be(reprintId);
        (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/reprint", new { commandId = reprintId })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.ScalarAsync("SELECT count(*) FROM print_jobs WHERE handling_unit_id = $1", receipt.GetProperty("handlingUnitId").GetGuid())).Should().Be(2);
        var open = (await (await client.PostAsJsonAsync("/api/v1/handling-units", new { commandId = Guid.NewGuid(), type = "BOX", location = bin }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("units")[0].GetProperty("lpn").GetString();
        await (await client.GetAsync($"/api/v1/handling-units/{open}/label")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.not_sealed");

        var again = await client.PostAsJsonAsync("/api/v1/receipts", Receipt(id, bin, (a, 12), (b, 3)));
        again.Headers.GetValues("Idempotent-Replayed").Should().Contain("true");
        (await again.JsonAsync(HttpStatusCode.Created)).GetProperty("lpn").GetString().Should().Be(lpn);

        await (await client.PostAsJsonAsync("/api/v1/receipts", Receipt(Guid.NewGuid(), "NO-SUCH-BIN", (a, 1))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.location_not_found");
        await (await client.PostAsJsonAsync("/api/v1/receipts", new { commandId = Guid.NewGuid(), location = bin, lines = Array.Empty<object>() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Receipt_AgainstAnAnnouncedDelivery_ReportsTheDifferences()
    {
        using var client = api.ApiKeyClient();
        var (bin, a, b, c) = (await api.NewBinAsync(client), await api.NewSkuAsync(client), await api.NewSkuAsync(client), await api.NewSkuAsync(client));
        var reference = $"DLV-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        (await client.PostAsJsonAsync("/api/v1/deliveries", new
        {
            commandId = Guid.NewGuid(), reference, supplier = "ACME", expectedLines = new[] { new { sku = a, quantity = 10m }, new { sku = b, quantity = 5m } },
        })).StatusCode.Should().Be(HttpStatusCode.Created);

        var receipt = await (await client.PostAsJsonAsync("/api/v1/receipts", new
        {
            commandId = Guid.NewGuid(), location = bin, deliveryReference = reference,
            lines = new[] { new { sku = a, quantity = 8m }, new { sku = b, quantity = 5m }, new { sku = c, quantity = 1m } },
        })).JsonAsync(HttpStatusCode.Created);

        receipt.GetProperty("supplier").GetString().Should().Be("ACME");
        receipt.GetProperty("differences").EnumerateArray()
            .Select(d => (d.GetProperty("sku").GetString(), d.GetProperty("expected").GetDecimal(), d.GetProperty("received").GetDecimal()))
            .Should().BeEquivalentTo(new[] { (a, 10m, 8m), (c, 0m, 1m) });
        await (await client.PostAsJsonAsync("/api/v1/receipts", new { commandId = Guid.NewGuid(), location = bin, deliveryReference = "NOPE", lines = new[] { new { sku = a, quantity = 1m } } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "receipt.delivery_not_found");
    }

    [Fact]
    public async Task Receipt_IntoAFullBin_IsRefused_AndLeavesNothingBehind()
    {
        using var client = api.ApiKeyClient();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        for (var i = 0; i < 4; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/handling-units", new { commandId = Guid.NewGuid(), type = "BOX", location = bin })).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var id = Guid.NewGuid();
        await (await client.PostAsJsonAsync("/api/v1/receipts", Receipt(id, bin, (sku, 5))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "hu.capacity_exceeded");
        var receipt = await (await client.GetAsync($"/api/v1/receipts/{id}")).JsonAsync();
        receipt.GetProperty("status").GetString().Should().Be("compensated");
        (await api.ScalarAsync("SELECT count(*) FROM stock_movements WHERE sku = $1", sku)).Should().Be(0);
    }

    public static TheoryData<string> EveryStep => new(ReceiptSaga.Steps);

    [Theory]
    [MemberData(nameof(EveryStep))]
    public async Task Receipt_InterruptedAfterAnyStep_ResumesWithoutRepeatingOne(string crashAfter)
    {
        using var client = api.ApiKeyClient();
        var (bin, a, b) = (await api.NewBinAsync(client), await api.NewSkuAsync(client), await api.NewSkuAsync(client));
        var id = Guid.NewGuid();
        api.Faults.CrashAfter[id] = crashAfter;

        var crashed = await client.PostAsJsonAsync("/api/v1/receipts", Receipt(id, bin, (a, 4), (b, 6)));
        crashed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var before = await (await client.GetAsync($"/api/v1/receipts/{id}")).JsonAsync();
        before.GetProperty("status").GetString().Should().Be("running");
        before.GetProperty("steps").GetArrayLength().Should().Be(ReceiptSaga.Steps.ToList().IndexOf(crashAfter), "the crash came before the step was saved");

        await Task.Delay(1200); // the crashed run's lease runs out
        var resumed = await api.WithScopeAsync(sp => sp.GetRequiredService<ReceiptSaga>().RunAsync(id, reverse: false, default));

        resumed.Status.Should().Be("completed");
        (await api.ScalarAsync("SELECT count(*) FROM saga_steps WHERE saga_id = $1", id)).Should().Be(ReceiptSaga.Steps.Count);
        (await api.ScalarAsync("SELECT count(DISTINCT name) FROM saga_steps WHERE saga_id = $1", id)).Should().Be(ReceiptSaga.Steps.Count);
        var unit = resumed.Data.GetProperty("handlingUnitId").GetGuid();
        (await api.ScalarAsync("SELECT count(*) FROM stock_movements WHERE to_handling_unit_id = $1", unit)).Should().Be(2, "each line booked once");
        (await api.ScalarAsync("SELECT count(*) FROM handling_unit_events WHERE handling_unit_id = $1", unit)).Should().Be(3, "created, received, sealed — once each");
        (await api.ScalarAsync("SELECT count(*) FROM print_jobs WHERE handling_unit_id = $1", unit)).Should().Be(1);
        (await api.ScalarAsync("SELECT count(*) FROM handling_units WHERE id = $1 AND status = 'SEALED'", unit)).Should().Be(1);
    }

    [Fact]
    public async Task StuckReceipt_RaisesAnOrphanAlert_ThatAManagerReverses()
    {
        using var client = api.ApiKeyClient();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        var id = Guid.NewGuid();
        api.Faults.CrashAfter[id] = "ReceiveLines";
        (await client.PostAsJsonAsync("/api/v1/receipts", Receipt(id, bin, (sku, 7)))).StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        await Task.Delay(1200); // stuck longer than the (test) threshold

        using var manager = await api.LoginAsync("manager");
        using var operatorClient = await api.LoginAsync("operator");
        (await operatorClient.GetAsync("/api/v1/receipts/alerts")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var alerts = await (await manager.GetAsync("/api/v1/receipts/alerts")).JsonAsync();
        alerts.EnumerateArray().Should().Contain(r => r.GetProperty("id").GetGuid() == id);
        var balance = await (await client.GetAsync($"/api/v1/balances?location={bin}&sku={sku}")).JsonAsync();
        balance.GetProperty("items")[0].GetProperty("quantity").GetDecimal().Should().Be(7, "the goods are in the unsealed unit");

        var reversed = await (await manager.PostAsJsonAsync($"/api/v1/receipts/{id}/resolve", new { commandId = Guid.NewGuid(), action = "reverse" })).JsonAsync();
        (reversed.GetProperty("status").GetString(), reversed.GetProperty("resolution").GetString()).Should().Be(("compensated", "reverse"));
        (await (await client.GetAsync($"/api/v1/balances?location={bin}&sku={sku}")).JsonAsync()).GetProperty("total").GetInt32().Should().Be(0);
        (await api.ScalarAsync("SELECT count(*) FROM handling_units WHERE id = $1 AND status = 'EMPTY'", reversed.GetProperty("handlingUnitId").GetGuid())).Should().Be(1);
        (await (await manager.GetAsync("/api/v1/receipts/alerts")).JsonAsync()).EnumerateArray().Should().NotContain(r => r.GetProperty("id").GetGuid() == id);
        var check = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        check.GetProperty("passed").GetBoolean().Should().BeTrue(check.ToString());
    }
}
