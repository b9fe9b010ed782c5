using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Models;
using LKvitai.Application.Ledger;
using Npgsql;
using NpgsqlTypes;

namespace LKvitai.Infrastructure.Ledger;

/// <summary>
/// Time travel without replaying the ledger from its beginning: start from the latest snapshot at or before the
/// instant, add the movements between the snapshot and the instant (index range scans on sku / location / time).
/// </summary>
internal sealed class StockHistory(NpgsqlDataSource dataSource) : IStockHistory
{
    private const string Sql = """
        WITH snap AS (
            SELECT id, taken_at FROM stock_snapshots WHERE taken_at <= $1 ORDER BY taken_at DESC LIMIT 1),
        loc AS (SELECT id FROM locations WHERE code = $2),
        moves AS (
            SELECT * FROM stock_movements
            WHERE occurred_at > (SELECT taken_at FROM snap) AND occurred_at <= $1 AND ($3::varchar IS NULL OR sku = $3)),
        deltas AS (
            SELECT location_id, sku, quantity FROM stock_snapshot_balances
            WHERE snapshot_id = (SELECT id FROM snap)
              AND ($2::varchar IS NULL OR location_id = (SELECT id FROM loc)) AND ($3::varchar IS NULL OR sku = $3)
            UNION ALL
            SELECT to_location_id, sku, quantity FROM moves
            WHERE $2::varchar IS NULL OR to_location_id = (SELECT id FROM loc)
            UNION ALL
            SELECT from_location_id, sku, -quantity FROM moves
            WHERE $2::varchar IS NULL OR from_location_id = (SELECT id FROM loc)),
        summed AS (
            SELECT l.code, d.sku, sum(d.quantity) AS quantity, l.kind = 'Bin' AS physical
            FROM deltas d JOIN locations l ON l.id = d.location_id
            WHERE $4 OR l.kind = 'Bin'
            GROUP BY l.code, d.sku, l.kind
            HAVING sum(d.quantity) <> 0)
        SELECT code, sku, quantity, physical, count(*) OVER () AS total
        FROM summed ORDER BY code, sku OFFSET $5 LIMIT $6
        """;

    public async Task<PagedList<BalanceDto>> BalancesAsOfAsync(
        DateTimeOffset asOf, string? location, string? sku, bool includeVirtual, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = asOf.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)location ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)sku ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = includeVirtual });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (page - 1) * pageSize });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pageSize });

        var items = new List<BalanceDto>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new BalanceDto(reader.GetString(0), reader.GetString(1), reader.GetDecimal(2), reader.GetBoolean(3), asOf));
            total = (int)reader.GetInt64(4);
        }

        return new PagedList<BalanceDto>(items, total, page, pageSize);
    }
}
