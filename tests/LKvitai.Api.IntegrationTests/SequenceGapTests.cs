using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Npgsql;
using static LKvitai.Api.IntegrationTests.LedgerTests;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Holes in the movement sequence: a rolled-back command's are explained, any other is reported.</summary>
public sealed class SequenceGapTests(SequenceGapTests.GapApi api) : IClassFixture<SequenceGapTests.GapApi>
{
    public sealed class GapApi : LedgerApi
    {
        protected override string DatabasePrefix => "gaps";

        // No grace: every hole is old enough to judge at once.
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["TimeTravel:SafetyLagMinutes"] = "0" };
    }

    [Fact]
    public async Task RolledBackCommands_ExplainTheirHoles_AndAnyOtherHoleIsReported()
    {
        using var client = api.ApiKeyClient();
        var (a, b, sku) = (await api.NewBinAsync(client), await api.NewBinAsync(client), await api.NewSkuAsync(client));
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 5, "SUPPLIER", a, "RECEIPT"))).StatusCode.Should().Be(HttpStatusCode.Created);

        // The first line takes a sequence number, the second is refused: the command rolls back and leaves a hole.
        await (await client.PostAsJsonAsync("/api/v1/movements/batch", new
        {
            commandId = Guid.NewGuid(),
            movements = new[]
            {
                new { sku, quantity = 2, fromLocation = a, toLocation = b, movementType = "TRANSFER" },
                new { sku, quantity = 10, fromLocation = a, toLocation = b, movementType = "TRANSFER" },
            },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ledger.insufficient_balance");
        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, a, b))).StatusCode.Should().Be(HttpStatusCode.Created);

        await using var connection = new NpgsqlConnection(api.Database.Owner);
        await connection.OpenAsync();
        await using (var explained = new NpgsqlCommand("SELECT reason FROM ledger_sequence_gaps", connection))
        {
            ((string?)await explained.ExecuteScalarAsync()).Should().Be("refused: ledger.insufficient_balance");
        }

        var honest = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        honest.GetProperty("passed").GetBoolean().Should().BeTrue(honest.ToString());

        // A sequence number taken outside the ledger (or by a crash mid-transaction) is a hole nobody explained.
        long burned;
        await using (var burn = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('stock_movements', 'sequence'))", connection))
        {
            burned = (long)(await burn.ExecuteScalarAsync())!;
        }

        (await client.PostAsJsonAsync("/api/v1/movements", Move(sku, 1, a, b))).StatusCode.Should().Be(HttpStatusCode.Created);
        var caught = await (await client.PostAsJsonAsync("/api/v1/consistency-checks", new { commandId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created);
        caught.GetProperty("passed").GetBoolean().Should().BeFalse();
        caught.GetProperty("findings").EnumerateArray().Should().ContainSingle(f =>
            f.GetProperty("check").GetString() == "no_unexplained_sequence_gaps" && f.GetProperty("severity").GetString() == "P1"
            && f.GetProperty("detail").GetString()!.Contains($"sequence {burned} "));
    }
}
