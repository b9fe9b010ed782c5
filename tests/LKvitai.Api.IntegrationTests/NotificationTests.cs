using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using static LKvitai.Api.IntegrationTests.LedgerTests;

namespace LKvitai.Api.IntegrationTests;

/// <summary>A bumped reservation's owner is told: a stored notification (listed, marked read) and a live SignalR message.</summary>
public sealed class NotificationTests(NotificationTests.NotificationApi api) : IClassFixture<NotificationTests.NotificationApi>
{
    public sealed class NotificationApi : LedgerApi
    {
        protected override string DatabasePrefix => "notifications";

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Outbox:Enabled"] = "true" };
    }

    [Fact]
    public async Task ABumpedReservationsOwner_GetsAStoredNotification_AndALiveMessage_AndNobodyElseDoes()
    {
        using var admin = await api.LoginAsync("admin");
        (await admin.PutAsJsonAsync("/api/v1/feature-flags/enable_reservation_engine",
            new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 100, userWhitelist = Array.Empty<string>() })).StatusCode.Should().Be(HttpStatusCode.OK);
        using var owner = api.ApiKeyClient();
        var (bin, sku) = (await api.NewBinAsync(owner), await api.NewSkuAsync(owner));
        (await owner.PostAsJsonAsync("/api/v1/movements", Move(sku, 5, "SUPPLIER", bin, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var unreadBefore = (await (await owner.GetAsync("/api/v1/notifications")).JsonAsync()).GetProperty("unread").GetInt32();

        var received = new ConcurrentQueue<JsonElement>();
        await using var hub = api.LiveUpdatesHub();
        hub.On<JsonElement>("Notification", n => received.Enqueue(n));
        await hub.StartAsync();

        var low = await ReserveAsync(owner, sku, priority: 1, reference: "SO-LOW");
        using var manager = await api.LoginAsync("manager");
        var high = await ReserveAsync(manager, sku, priority: 9, reference: "SO-HIGH");
        (await (await owner.GetAsync($"/api/v1/reservations/{low}")).JsonAsync()).GetProperty("status").GetString().Should().Be("BUMPED");

        for (var i = 0; i < 100 && received.IsEmpty; i++)
        {
            await Task.Delay(100);
        }

        received.Should().ContainSingle("one bump, one live message, to the owner's open screens");
        var live = received.Single();
        live.GetProperty("kind").GetString().Should().Be("ReservationBumped");
        live.GetProperty("subject").GetString().Should().Be(low.ToString());
        live.GetProperty("body").GetString().Should().Contain("SO-LOW").And.Contain(high.ToString(), "the owner learns who took the stock");

        var mine = await (await owner.GetAsync("/api/v1/notifications?unreadOnly=true")).JsonAsync();
        mine.GetProperty("unread").GetInt32().Should().Be(unreadBefore + 1);
        var stored = mine.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("subject").GetString() == low.ToString());
        stored.GetProperty("id").GetInt64().Should().Be(live.GetProperty("id").GetInt64(), "the live message is the stored notification");
        var others = await (await manager.GetAsync("/api/v1/notifications")).JsonAsync();
        others.GetProperty("items").EnumerateArray().Should().NotContain(n => n.GetProperty("subject").GetString() == low.ToString());

        // Someone else's id marks nothing; the owner's own marks it read, and doing it again changes nothing.
        var id = stored.GetProperty("id").GetInt64();
        (await (await manager.PostAsJsonAsync("/api/v1/notifications/read", new { commandId = Guid.NewGuid(), ids = new[] { id } })).JsonAsync())
            .GetInt32().Should().Be(0);
        (await (await owner.PostAsJsonAsync("/api/v1/notifications/read", new { commandId = Guid.NewGuid(), ids = new[] { id } })).JsonAsync())
            .GetInt32().Should().Be(1);
        (await (await owner.GetAsync("/api/v1/notifications")).JsonAsync()).GetProperty("unread").GetInt32().Should().Be(unreadBefore);
        (await api.ScalarAsync("SELECT count(*) FROM notifications WHERE subject = $1", low.ToString()))
            .Should().Be(1, "a message the outbox delivers more than once is stored once");
        await (await owner.GetAsync("/api/v1/notifications?count=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    private static async Task<Guid> ReserveAsync(HttpClient client, string sku, int priority, string reference)
    {
        var response = await client.PostAsJsonAsync("/api/v1/reservations", new
        {
            commandId = Guid.NewGuid(), purpose = "SALES_ORDER", reference, priority, lines = new[] { new { sku, quantity = 4m } },
        });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
