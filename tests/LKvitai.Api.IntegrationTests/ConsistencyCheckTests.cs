using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace LKvitai.Api.IntegrationTests;

/// <summary>The ledger check passes on an honest ledger and catches a balance that disagrees with it.</summary>
public sealed class ConsistencyCheckTests(ConsistencyCheckTests.CheckApi api) : IClassFixture<ConsistencyCheckTests.CheckApi>
{
    public sealed class CheckApi : LedgerTests.LedgerApi
    {
        protected override string DatabasePrefix => "consistency";
    }

    [Fact]
    public async Task Check_PassesOnAnHonestLedger_AndReportsATamperedBalanceAsP0()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", new { commandId = Guid.NewGuid(), sku, quantity = 7, fromLocation = "SUPPLIER", toLocation = a, movementType = "RECEIPT" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/movements", new { commandId = Guid.NewGuid(), sku, quantity = 2, fromLocation = a, toLocation = b, movementType = "TRANSFER" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var honest = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        honest.GetProperty("passed").GetBoolean().Should().BeTrue(honest.ToString());
        honest.GetProperty("movementsChecked").GetInt64().Should().BeGreaterThanOrEqualTo(2);

        // Someone with the owner's rights "fixes" a balance by hand, bypassing the ledger.
        await using (var connection = new NpgsqlConnection(api.Database.Owner))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand(
                $"UPDATE stock_balances SET quantity = quantity + 1 WHERE sku = '{sku}' AND location_id = (SELECT id FROM locations WHERE code = '{b}')", connection);
            (await tamper.ExecuteNonQueryAsync()).Should().Be(1);
        }

        var caught = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        caught.GetProperty("passed").GetBoolean().Should().BeFalse();
        var findings = caught.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().Contain(f => f.GetProperty("check").GetString() == "balance_matches_ledger"
            && f.GetProperty("severity").GetString() == "P0" && f.GetProperty("detail").GetString()!.Contains(b));
        findings.Should().Contain(f => f.GetProperty("check").GetString() == "conservation_per_item");

        var history = await (await client.GetAsync("/api/v1/consistency-checks")).JsonAsync();
        history[0].GetProperty("passed").GetBoolean().Should().BeFalse();
        history[1].GetProperty("passed").GetBoolean().Should().BeTrue();

        using var scraper = api.ApiKeyClient();
        var metrics = await scraper.GetStringAsync("/metrics");
        metrics.Should().Contain("lkvitai_consistency_check_failures_total").And.Contain("lkvitai_consistency_findings{check=\"balance_matches_ledger\"}");
    }

    [Fact]
    public async Task Check_IsForManagersAndAdministrators()
    {
        using var operatorClient = await api.LoginAsync("operator");

        await (await operatorClient.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
