using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Balances at any past instant equal a replay of the ledger up to that instant, with and across snapshots.</summary>
public sealed class TimeTravelTests(LedgerTests.LedgerApi api) : IClassFixture<LedgerTests.LedgerApi>
{
    private sealed record Acknowledged(DateTimeOffset OccurredAt, string From, string To, decimal Quantity);

    [Fact]
    public async Task BalancesAsOf_AnyInstant_EqualAReplayOfTheLedger()
    {
        using var client = api.ApiKeyClient();
        var sku = await api.NewSkuAsync(client);
        var bins = new[] { await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewBinAsync(client) };
        var places = bins.Append("SUPPLIER").ToArray();
        var random = new Random(20261204);
        var acknowledged = new List<Acknowledged>();

        async Task PhaseAsync(int moves)
        {
            var target = acknowledged.Count + moves;
            while (acknowledged.Count < target)
            {
                var from = places[random.Next(places.Length)];
                var to = places.Where(p => p != from).ElementAt(random.Next(places.Length - 1));
                var quantity = random.Next(1, 6);
                var response = await client.PostAsJsonAsync("/api/v1/movements", new
                {
                    commandId = Guid.NewGuid(), sku, quantity, fromLocation = from, toLocation = to,
                    movementType = from == "SUPPLIER" ? "RECEIPT" : "TRANSFER",
                });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var movement = await response.JsonAsync(HttpStatusCode.Created);
                    acknowledged.Add(new(movement.GetProperty("occurredAt").GetDateTimeOffset(), from, to, quantity));
                }
            }
        }

        Task<int?> SnapshotAsync() => api.WithScopeAsync(sp =>
            sp.GetRequiredService<StockSnapshotJob>().TakeAsync(acknowledged[^1].OccurredAt, default));

        // 120 movements in three stretches with a snapshot between them; then every one of the 120 instants is a case.
        await PhaseAsync(40);
        (await SnapshotAsync()).Should().NotBeNull();
        await PhaseAsync(40);
        (await SnapshotAsync()).Should().NotBeNull();
        await PhaseAsync(40);

        foreach (var instant in acknowledged.Select(a => a.OccurredAt))
        {
            var expected = new Dictionary<string, decimal>();
            foreach (var movement in acknowledged.Where(m => m.OccurredAt <= instant))
            {
                expected[movement.From] = expected.GetValueOrDefault(movement.From) - movement.Quantity;
                expected[movement.To] = expected.GetValueOrDefault(movement.To) + movement.Quantity;
            }

            var asOf = Uri.EscapeDataString(instant.ToString("O"));
            var page = await (await client.GetAsync($"/api/v1/balances?sku={sku}&includeVirtual=true&asOf={asOf}")).JsonAsync();
            var actual = page.GetProperty("items").EnumerateArray()
                .ToDictionary(b => b.GetProperty("location").GetString()!, b => b.GetProperty("quantity").GetDecimal());
            actual.Should().BeEquivalentTo(expected.Where(e => e.Value != 0).ToDictionary(), $"balances as of {instant:O}");

            foreach (var bin in bins)
            {
                var one = await (await client.GetAsync($"/api/v1/balances?sku={sku}&location={bin}&asOf={asOf}")).JsonAsync();
                var quantity = one.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("quantity").GetDecimal()).SingleOrDefault();
                quantity.Should().Be(expected.GetValueOrDefault(bin), $"{bin} as of {instant:O}");
            }
        }

        var before = Uri.EscapeDataString(acknowledged[0].OccurredAt.AddTicks(-10).ToString("O"));
        var empty = await (await client.GetAsync($"/api/v1/balances?sku={sku}&includeVirtual=true&asOf={before}")).JsonAsync();
        empty.GetProperty("total").GetInt32().Should().Be(0);
    }
}
