using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using static LKvitai.Api.IntegrationTests.LedgerTests;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Reservations through HTTP against real PostgreSQL: allocation, HARD locks that never exceed what is on hand.</summary>
public sealed class ReservationTests(ReservationTests.ReservationApi api) : IClassFixture<ReservationTests.ReservationApi>
{
    public sealed class ReservationApi : LedgerApi
    {
        public ReceiptTests.CrashingFaults Faults { get; } = new();

        protected override string DatabasePrefix => "reservations";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Projections:Enabled"] = "true",
            ["Sagas:LeaseSeconds"] = "1",
            ["Sagas:ResumeEnabled"] = "false",
        };

        protected override void ConfigureTestServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<LKvitai.Application.Common.Interfaces.ISagaFaultInjector>(services, Faults);
    }

    private async Task<HttpClient> EngineOnAsync(bool enabled = true)
    {
        using var admin = await api.LoginAsync("admin");
        (await admin.PutAsJsonAsync("/api/v1/feature-flags/enable_reservation_engine",
            new { commandId = Guid.NewGuid(), enabled, rolloutPercentage = 100, userWhitelist = Array.Empty<string>() })).StatusCode.Should().Be(HttpStatusCode.OK);
        return api.ApiKeyClient();
    }

    private static Task<HttpResponseMessage> ReserveAsync(HttpClient client, string sku, decimal quantity, int priority = 5) =>
        client.PostAsJsonAsync("/api/v1/reservations", new
        {
            commandId = Guid.NewGuid(), purpose = "SALES_ORDER", reference = "SO-1", priority, lines = new[] { new { sku, quantity } },
        });

    private static Task<HttpResponseMessage> StartPickingAsync(HttpClient client, Guid id) =>
        client.PostAsJsonAsync($"/api/v1/reservations/{id}/start-picking", new { commandId = Guid.NewGuid() });

    private Task<long> HardLockedAsync(string sku) => api.ScalarAsync("SELECT coalesce(sum(hard_locked), 0) FROM stock_balances WHERE sku = $1", sku);

    [Fact]
    public async Task Create_AllocatesTheOldestUnitFirst_OrStaysPendingWithTheReason()
    {
        using var client = await EngineOnAsync();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        var lpns = new List<string>();
        foreach (var quantity in new[] { 4m, 6m })
        {
            var unit = (await (await client.PostAsJsonAsync("/api/v1/handling-units", new { commandId = Guid.NewGuid(), type = "BOX", location = bin }))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("units")[0].GetProperty("lpn").GetString()!;
            (await client.PostAsJsonAsync($"/api/v1/handling-units/{unit}/lines", new { commandId = Guid.NewGuid(), sku, quantity, fromLocation = "SUPPLIER" }))
                .StatusCode.Should().Be(HttpStatusCode.OK);
            lpns.Add(unit);
        }

        var reservation = await (await ReserveAsync(client, sku, 5)).JsonAsync(HttpStatusCode.Created);
        reservation.GetProperty("status").GetString().Should().Be("ALLOCATED");
        reservation.GetProperty("locks").EnumerateArray()
            .Select(l => (l.GetProperty("lpn").GetString(), l.GetProperty("quantity").GetDecimal(), l.GetProperty("kind").GetString()))
            .Should().BeEquivalentTo(new[] { (lpns[0], 4m, "SOFT"), (lpns[1], 1m, "SOFT") }, "FIFO: the older unit first, then the next");
        reservation.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .Should().Equal("ReservationCreated", "ReservationAllocated");

        var tooMuch = await (await ReserveAsync(client, sku, 11)).JsonAsync(HttpStatusCode.Created);
        tooMuch.GetProperty("status").GetString().Should().Be("PENDING");
        tooMuch.GetProperty("reason").GetString().Should().Contain("10 of 11 available");

        // Picking against a reservation that is not PICKING is refused; starting it makes its locks HARD.
        var id = reservation.GetProperty("id").GetGuid();
        var started = await (await StartPickingAsync(client, id)).JsonAsync();
        started.GetProperty("status").GetString().Should().Be("PICKING");
        started.GetProperty("locks").EnumerateArray().Should().OnlyContain(l => l.GetProperty("kind").GetString() == "HARD");
        (await HardLockedAsync(sku)).Should().Be(5);

        // HARD-locked stock cannot leave with the unit …
        await (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpns[0]}/move", new { commandId = Guid.NewGuid(), toLocation = await api.NewBinAsync(client) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.insufficient_balance");
        // … and an explicit cancel releases it.
        var cancelled = await (await client.PostAsJsonAsync($"/api/v1/reservations/{id}/cancel", new { commandId = Guid.NewGuid(), reason = "order cancelled" })).JsonAsync();
        cancelled.GetProperty("status").GetString().Should().Be("CANCELLED");
        (await HardLockedAsync(sku)).Should().Be(0);
        await (await StartPickingAsync(client, id)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "reservation.invalid_transition");
    }

    [Fact]
    public async Task RacingStartPickingPairs_HaveExactlyOneWinnerEach()
    {
        using var client = await EngineOnAsync();
        var pairs = new List<(Guid A, Guid B, string Sku)>();
        var bin = await api.NewBinAsync(client);
        for (var i = 0; i < 50; i++)
        {
            var sku = await api.NewSkuAsync(client);
            (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 5, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
            var a = (await (await ReserveAsync(client, sku, 5)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var b = (await (await ReserveAsync(client, sku, 5)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            pairs.Add((a, b, sku));
        }

        var outcomes = await Task.WhenAll(pairs.Select(async pair =>
        {
            var both = await Task.WhenAll(StartPickingAsync(client, pair.A), StartPickingAsync(client, pair.B));
            return (pair.Sku, Codes: both.Select(r => r.StatusCode).ToArray(), Responses: both);
        }));

        foreach (var (sku, codes, responses) in outcomes)
        {
            codes.Count(c => c == HttpStatusCode.OK).Should().Be(1, $"one of two StartPicking calls on {sku} wins");
            var loser = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
            (await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict, "reservation.hard_locked"))
                .GetProperty("title").GetString().Should().Be("Stock hard-locked by another reservation");
            (await HardLockedAsync(sku)).Should().Be(5);
        }
    }

    [Fact]
    public async Task HundredReservationsForTenUnits_NeverHardLockMoreThanOnHand_EvenRacingOutboundMovements()
    {
        using var client = await EngineOnAsync();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 10, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);

        var created = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => ReserveAsync(client, sku, 1)));
        var ids = new List<Guid>();
        foreach (var response in created)
        {
            var reservation = await response.JsonAsync(HttpStatusCode.Created);
            reservation.GetProperty("status").GetString().Should().Be("ALLOCATED", "SOFT locks may overbook");
            ids.Add(reservation.GetProperty("id").GetGuid());
        }

        // All 100 start picking while 5 outbound movements of 1 race them on the same balance row.
        var picking = ids.Select(id => StartPickingAsync(client, id)).ToList();
        var outbound = Enumerable.Range(0, 5).Select(_ => client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, bin, "CUSTOMER", "PICK"))).ToList();
        var started = (await Task.WhenAll(picking)).Count(r => r.StatusCode == HttpStatusCode.OK);
        var shipped = (await Task.WhenAll(outbound)).Count(r => r.StatusCode == HttpStatusCode.Created);

        (started + shipped).Should().BeLessThanOrEqualTo(10, "nothing is promised twice");
        started.Should().BeGreaterThanOrEqualTo(5);
        (await HardLockedAsync(sku)).Should().Be(started);
        (await api.ScalarAsync("SELECT count(*) FROM stock_balances WHERE physical AND hard_locked > quantity")).Should().Be(0);
        var balance = await (await client.GetAsync($"/api/v1/balances?location={bin}&sku={sku}")).JsonAsync();
        balance.GetProperty("items")[0].GetProperty("quantity").GetDecimal().Should().Be(10 - shipped);
    }

    [Fact]
    public async Task EngineOff_RefusesReservations()
    {
        using var client = await EngineOnAsync(enabled: false);
        try
        {
            await (await ReserveAsync(client, "ANY", 1)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "feature.disabled");
            await (await client.GetAsync("/api/v1/reservations")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "feature.disabled");
        }
        finally
        {
            (await EngineOnAsync()).Dispose();
        }
    }

    [Fact]
    public async Task Picking_BooksTheMovementFirst_ThenTheProjection_ThenConsumesTheReservation_EvenAcrossACrash()
    {
        using var client = await EngineOnAsync();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        var unit = (await (await client.PostAsJsonAsync("/api/v1/handling-units", new { commandId = Guid.NewGuid(), type = "PALLET", location = bin }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("units")[0];
        var lpn = unit.GetProperty("lpn").GetString()!;
        (await client.PostAsJsonAsync($"/api/v1/handling-units/{lpn}/lines", new { commandId = Guid.NewGuid(), sku, quantity = 10, fromLocation = "SUPPLIER" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var id = (await (await ReserveAsync(client, sku, 6)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        object Pick(Guid commandId, decimal quantity) => new { commandId, location = bin, sku, quantity, lpn, toLocation = "PRODUCTION" };
        var early = await client.PostAsJsonAsync($"/api/v1/reservations/{id}/picks", Pick(Guid.NewGuid(), 1));
        (await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "reservation.not_picking"))
            .GetProperty("title").GetString().Should().Be("Reservation not in picking state");
        (await StartPickingAsync(client, id)).StatusCode.Should().Be(HttpStatusCode.OK);

        // Each pick of 2 crashes after a different step, and the same command resumes it once the crashed run's lease ran out.
        async Task<JsonElement> CrashThenResumeAsync(string crashAfter, Func<Task> whileCrashed)
        {
            var pick = Guid.NewGuid();
            api.Faults.CrashAfter[pick] = crashAfter;
            (await client.PostAsJsonAsync($"/api/v1/reservations/{id}/picks", Pick(pick, 2))).StatusCode.Should().Be(HttpStatusCode.InternalServerError);
            await whileCrashed();
            await Task.Delay(1200);
            var resumed = await (await client.PostAsJsonAsync($"/api/v1/reservations/{id}/picks", Pick(pick, 2))).JsonAsync();
            (await api.ScalarAsync("SELECT count(*) FROM saga_steps WHERE saga_id = $1", pick)).Should().Be(3);
            return resumed;
        }

        Task<long> PicksBookedAsync() => api.ScalarAsync("SELECT count(*) FROM stock_movements WHERE sku = $1 AND movement_type = 'PICK'", sku);
        Task<long> VersionAsync() => api.ScalarAsync("SELECT version FROM reservations WHERE id = $1", id);
        Task<long> OnThePalletAsync() => api.ScalarAsync(
            "SELECT coalesce(sum(c.quantity), 0)::bigint FROM projection_handling_unit_contents c JOIN handling_units h ON h.id = c.handling_unit_id WHERE h.sscc = $1", lpn);

        // (1) committed, (2) and (3) not yet: the reservation has not moved.
        (await CrashThenResumeAsync("RecordPickMovement", async () =>
        {
            (await PicksBookedAsync()).Should().Be(1);
            (await VersionAsync()).Should().Be(3, "created, allocated, picking started — a pick is not recorded before its movement and projection");
        })).GetProperty("status").GetString().Should().Be("PICKING");
        (await PicksBookedAsync()).Should().Be(1, "the resumed pick did not move stock twice");

        // (1) and (2) done — the unit's contents already show the pick — (3) not yet.
        (await CrashThenResumeAsync("AwaitHandlingUnitProjection", async () =>
        {
            (await OnThePalletAsync()).Should().Be(6, "the projection shows both picks before the reservation records the second");
            (await VersionAsync()).Should().Be(4, "only the first pick is recorded");
        })).GetProperty("status").GetString().Should().Be("PICKING");

        // (3) committed but the saga died before saving it: run again, it finds the pick recorded and records nothing twice.
        var done = await CrashThenResumeAsync("UpdateReservation", async () =>
            (await api.ScalarAsync("SELECT count(*) FROM reservation_events WHERE reservation_id = $1 AND event_type = 'ReservationConsumed'", id)).Should().Be(1));
        (await PicksBookedAsync()).Should().Be(3);
        done.GetProperty("status").GetString().Should().Be("CONSUMED");
        done.GetProperty("locks").GetArrayLength().Should().Be(0);
        done.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .Should().Equal("ReservationCreated", "ReservationAllocated", "PickingStarted", "PickRecorded", "PickRecorded", "ReservationConsumed");
        (await HardLockedAsync(sku)).Should().Be(0);
        var pallet = await (await client.GetAsync($"/api/v1/handling-units/{lpn}")).JsonAsync();
        pallet.GetProperty("lines")[0].GetProperty("quantity").GetDecimal().Should().Be(4);
        var production = await (await client.GetAsync($"/api/v1/balances?location=PRODUCTION&sku={sku}&includeVirtual=true")).JsonAsync();
        production.GetProperty("items")[0].GetProperty("quantity").GetDecimal().Should().Be(6);
        var check = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        check.GetProperty("findings").EnumerateArray().Should().NotContain(f => f.GetProperty("check").GetString() == "hard_locks_match_reservations");
    }

    [Fact]
    public async Task Allocation_TakesTheEarliestExpiryFirst_EvenWhenReceivedLater()
    {
        using var client = await EngineOnAsync();
        var sku = await api.NewSkuAsync(client);
        async Task<string> ReceiveAsync(string? expiresOn)
        {
            var bin = await api.NewBinAsync(client);
            var receipt = await (await client.PostAsJsonAsync("/api/v1/receipts", new
            {
                commandId = Guid.NewGuid(), location = bin, lines = new[] { new { sku, quantity = 5m, expiresOn } },
            })).JsonAsync(HttpStatusCode.Created);
            return receipt.GetProperty("lpn").GetString()!;
        }

        var undated = await ReceiveAsync(null);
        var late = await ReceiveAsync("2027-09-30");
        var soon = await ReceiveAsync("2027-01-31");
        (await (await client.GetAsync($"/api/v1/handling-units/{soon}")).JsonAsync()).GetProperty("expiresOn").GetString().Should().Be("2027-01-31");
        (await (await client.GetAsync($"/api/v1/handling-units/{soon}/label")).JsonAsync()).GetProperty("zpl").GetString()
            .Should().Contain("Best before: 2027-01-31");

        var reservation = await (await ReserveAsync(client, sku, 8)).JsonAsync(HttpStatusCode.Created);
        reservation.GetProperty("locks").EnumerateArray().Select(l => (l.GetProperty("lpn").GetString(), l.GetProperty("quantity").GetDecimal()))
            .Should().BeEquivalentTo([(soon, 5m), (late, 3m)], "first expiry first out; the undated oldest pallet waits");
        undated.Should().NotBeNullOrEmpty();
        var check = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        check.GetProperty("findings").EnumerateArray().Should().NotContain(f => f.GetProperty("check").GetString() == "handling_units_match_their_events");
    }

    [Fact]
    public async Task Allocation_IsASaga_ThatResumesAfterACrash_WithoutAllocatingTwice_AndThenBumps()
    {
        using var client = await EngineOnAsync();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 5, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var low = (await (await ReserveAsync(client, sku, 4, priority: 1)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await api.ScalarAsync("SELECT count(*) FROM sagas WHERE id = $1 AND saga_type = 'allocation' AND status = 'completed'", low)).Should().Be(1);

        // The higher priority's allocation dies after choosing its stock, before bumping: both hold SOFT locks on 5.
        var high = Guid.NewGuid();
        api.Faults.CrashAfter[high] = "ChooseStock";
        object Create() => new { commandId = high, purpose = "PRODUCTION_ORDER", reference = "PO-9", priority = 9, lines = new[] { new { sku, quantity = 4m } } };
        (await client.PostAsJsonAsync("/api/v1/reservations", Create())).StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        async Task<string> StatusAsync(Guid id) => (await (await client.GetAsync($"/api/v1/reservations/{id}")).JsonAsync()).GetProperty("status").GetString()!;
        (await StatusAsync(high)).Should().Be("ALLOCATED");
        (await StatusAsync(low)).Should().Be("ALLOCATED", "the bump is the saga's second step, not run yet");

        await Task.Delay(1200); // the crashed run's lease runs out; the same command resumes it
        var resumed = await (await client.PostAsJsonAsync("/api/v1/reservations", Create())).JsonAsync(HttpStatusCode.Created);
        resumed.GetProperty("status").GetString().Should().Be("ALLOCATED");
        resumed.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .Should().Equal(["ReservationCreated", "ReservationAllocated"], "the resumed saga did not allocate twice");
        (await StatusAsync(low)).Should().Be("BUMPED");
        (await api.ScalarAsync("SELECT count(*) FROM saga_steps WHERE saga_id = $1", high)).Should().Be(2);

        // Allocating again is its own saga; SOFT locks may overbook, so the bumped reservation gets its claim back.
        var again = await (await client.PostAsJsonAsync($"/api/v1/reservations/{low}/allocate", new { commandId = Guid.NewGuid() })).JsonAsync();
        again.GetProperty("status").GetString().Should().Be("ALLOCATED");
        again.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .Should().Equal("ReservationCreated", "ReservationAllocated", "ReservationBumped", "ReservationAllocated");
    }

    [Fact]
    public async Task SoftReservations_AreBumpedByAHigherPriorityAndByAHardLock_ButAHardLockNeverIs()
    {
        using var client = await EngineOnAsync();
        var (bin, sku) = (await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 10, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        async Task<JsonElement> GetAsync(Guid id) => await (await client.GetAsync($"/api/v1/reservations/{id}")).JsonAsync();

        var low = (await (await ReserveAsync(client, sku, 6, priority: 2)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var high = (await (await ReserveAsync(client, sku, 6, priority: 8)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await GetAsync(low)).GetProperty("status").GetString().Should().Be("BUMPED", "12 claimed on 10: the lower priority goes");
        (await GetAsync(high)).GetProperty("status").GetString().Should().Be("ALLOCATED");
        var bumps = await (await client.GetAsync("/api/v1/reservations/bumps")).JsonAsync();
        bumps.EnumerateArray().Should().Contain(b => b.GetProperty("reservationId").GetGuid() == low
            && b.GetProperty("reason").GetString()!.Contains(high.ToString()));
        var board = (await (await client.GetAsync("/api/v1/reservations?status=allocated&minPriority=8&pageSize=200")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        board.Should().Contain(r => r.GetProperty("id").GetGuid() == high)
            .And.OnlyContain(r => r.GetProperty("status").GetString() == "ALLOCATED" && r.GetProperty("priority").GetInt32() >= 8);
        (await (await client.GetAsync("/api/v1/reservations?minPriority=9&pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Should().NotContain(r => r.GetProperty("id").GetGuid() == high, "priority 8 is below 9");
        await (await client.GetAsync("/api/v1/reservations?minPriority=11")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        // Same priority overbooks SOFT; the first to start picking takes the stock HARD and bumps the other.
        var first = (await (await ReserveAsync(client, sku, 3, priority: 8)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await GetAsync(first)).GetProperty("status").GetString().Should().Be("ALLOCATED");
        (await StartPickingAsync(client, high)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await GetAsync(first)).GetProperty("status").GetString().Should().Be("ALLOCATED", "6 hard + 3 soft fit in 10");
        var more = (await (await ReserveAsync(client, sku, 3, priority: 10)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await GetAsync(first)).GetProperty("status").GetString().Should().Be("BUMPED", "priority 10 needs it and only 4 are free");
        (await GetAsync(high)).GetProperty("status").GetString().Should().Be("PICKING", "a HARD lock is never bumped");
        await (await StartPickingAsync(client, first)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "reservation.hard_locked");
        (await StartPickingAsync(client, more)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await HardLockedAsync(sku)).Should().Be(9);
        var available = (await (await client.GetAsync($"/api/v1/available-stock?sku={sku}")).JsonAsync())[0];
        (available.GetProperty("physical").GetDecimal(), available.GetProperty("hardLocked").GetDecimal(), available.GetProperty("available").GetDecimal())
            .Should().Be((10m, 9m, 1m));

        var metrics = await client.GetStringAsync("/metrics");
        foreach (var name in new[]
                 {
                     "lkvitai_reservations_created_total", "lkvitai_allocations_total{outcome=\"allocated\"}", "lkvitai_start_picking_conflicts_total",
                     "lkvitai_reservations_bumped_total", "lkvitai_pick_duration_seconds",
                 })
        {
            metrics.Should().Contain(name);
        }
    }
}
