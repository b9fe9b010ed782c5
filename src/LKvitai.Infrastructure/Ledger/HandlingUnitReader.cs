using System.Text.Json;
using LKvitai.Application.Common.Models;
using LKvitai.Application.HandlingUnits;
using LKvitai.Application.Ledger;
using Npgsql;

namespace LKvitai.Infrastructure.Ledger;

/// <summary>
/// Handling-unit look-ups, by index, in one round trip each: the unit's state (kept by the ledger) and its lines from the
/// contents projection.
/// </summary>
internal sealed class HandlingUnitReader(NpgsqlDataSource dataSource) : IHandlingUnitReader, Application.Common.Interfaces.IHandlingUnitDirectory
{
    public async Task<Guid?> FindIdAsync(string lpn, CancellationToken cancellationToken) => (await FindAsync(lpn, cancellationToken))?.Id;

    private const string Select = """
        SELECT h.id, h.sscc, h.type, h.status, l.code, h.created_at, h.updated_at,
               coalesce((SELECT jsonb_agg(jsonb_build_object('sku', c.sku, 'quantity', c.quantity) ORDER BY c.sku)
                         FROM projection_handling_unit_contents c WHERE c.handling_unit_id = h.id AND c.quantity <> 0), '[]')::text,
               h.expires_on
        FROM handling_units h JOIN locations l ON l.id = h.location_id
        """;

    public async Task<HandlingUnitDto?> FindAsync(string lpn, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Select + " WHERE h.sscc = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = lpn });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<PagedList<HandlingUnitDto>> ListAsync(
        string? location, string? sku, string? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        // Without a status, the units still in the warehouse (OPEN and SEALED).
        const string Where = """
            WHERE ($1::varchar IS NULL OR l.code = $1)
              AND ($2::varchar IS NULL OR EXISTS (SELECT FROM projection_handling_unit_contents c
                                                 WHERE c.handling_unit_id = h.id AND c.sku = $2 AND c.quantity <> 0))
              AND (CASE WHEN $3::varchar IS NULL THEN h.status IN ('OPEN', 'SEALED') ELSE h.status = $3 END)
            """;
        await using var batch = dataSource.CreateBatch();
        foreach (var sql in new[]
                 {
                     $"SELECT count(*)::int FROM handling_units h JOIN locations l ON l.id = h.location_id {Where}",
                     $"{Select} {Where} ORDER BY l.code, h.sscc LIMIT $4 OFFSET $5",
                 })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)location ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)sku ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
            if (sql.Contains("LIMIT", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pageSize });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (page - 1) * pageSize });
            }

            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt32(0);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<HandlingUnitDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
        }

        return new PagedList<HandlingUnitDto>(items, total, page, pageSize);
    }

    public async Task<HandlingUnitHistoryDto?> HistoryAsync(string lpn, CancellationToken cancellationToken)
    {
        var unit = await FindAsync(lpn, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT e.sequence, e.event_type, e.status, l.code, e.operator, e.occurred_at, e.details::text
            FROM handling_unit_events e JOIN locations l ON l.id = e.location_id
            WHERE e.handling_unit_id = $1 ORDER BY e.sequence
            """) { Parameters = { new NpgsqlParameter<Guid> { TypedValue = unit.Id } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT m.movement_id, m.sequence, m.occurred_at, m.sku, m.quantity, f.code, t.code, m.movement_type, m.operator,
                   m.handling_unit_id, m.reason, m.command_id
            FROM stock_movements m JOIN locations f ON f.id = m.from_location_id JOIN locations t ON t.id = m.to_location_id
            WHERE m.from_handling_unit_id = $1 OR m.to_handling_unit_id = $1
            ORDER BY m.sequence
            """) { Parameters = { new NpgsqlParameter<Guid> { TypedValue = unit.Id } } });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var events = new List<HandlingUnitEventDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new HandlingUnitEventDto(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : JsonDocument.Parse(reader.GetString(6)).RootElement.Clone()));
        }

        await reader.NextResultAsync(cancellationToken);
        var movements = new List<MovementDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            movements.Add(new MovementDto(
                reader.GetGuid(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), reader.GetDecimal(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetGuid(9), reader.IsDBNull(10) ? null : reader.GetString(10), reader.GetGuid(11)));
        }

        return new HandlingUnitHistoryDto(unit, events, movements);
    }

    private static HandlingUnitDto Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        JsonSerializer.Deserialize<List<HandlingUnitLineDto>>(reader.GetString(7), Json) ?? [],
        reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
