using LKvitai.Application.Reservations.GetAvailableStock;
using Npgsql;

namespace LKvitai.Infrastructure.Reservations;

internal sealed class AvailableStock(NpgsqlDataSource dataSource) : IAvailableStock
{
    public async Task<IReadOnlyList<AvailableStockDto>> GetAsync(string? sku, string? location, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT l.code, b.sku, h.sscc, b.quantity, b.hard_locked,
                   coalesce((SELECT sum(k.quantity) FROM reservation_locks k JOIN reservations r ON r.id = k.reservation_id AND r.status = 'ALLOCATED'
                             WHERE k.location_id = b.location_id AND k.sku = b.sku AND k.handling_unit_id = b.handling_unit_id AND k.kind = 'SOFT'), 0),
                   b.quantity - b.hard_locked
            FROM stock_balances b JOIN locations l ON l.id = b.location_id AND l.kind = 'Bin'
            LEFT JOIN handling_units h ON h.id = b.handling_unit_id
            WHERE b.quantity <> 0 AND ($1::varchar IS NULL OR b.sku = $1) AND ($2::varchar IS NULL OR l.code = $2)
            ORDER BY l.code, b.sku, h.sscc NULLS FIRST
            LIMIT 1000
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)sku ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)location ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        var rows = new List<AvailableStockDto>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AvailableStockDto(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetDecimal(3), reader.GetDecimal(4), reader.GetDecimal(5), reader.GetDecimal(6)));
        }

        return rows;
    }
}
