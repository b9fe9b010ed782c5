using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Models;
using LKvitai.Application.Reservations;
using LKvitai.Domain.Reservations;
using Npgsql;

namespace LKvitai.Infrastructure.Reservations;

internal sealed class ReservationStore(NpgsqlDataSource dataSource) : IReservationStore
{
    private const string Columns = "r.id, r.purpose, r.reference, r.priority, r.status, r.version, r.lines::text, r.reason, r.created_at, r.updated_at";

    public async Task<Reservation?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM reservations r WHERE r.id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadReservation(reader) : null;
    }

    public async Task<ReservationDto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var page = await QueryAsync("r.id = $1", [new NpgsqlParameter<Guid> { TypedValue = id }], 1, 1, cancellationToken);
        return page.Items.SingleOrDefault();
    }

    public Task<PagedList<ReservationDto>> ListAsync(string? status, int? minPriority, int page, int pageSize, CancellationToken cancellationToken) =>
        QueryAsync("($1::varchar IS NULL OR r.status = $1) AND r.priority >= $2",
            [
                new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar },
                new NpgsqlParameter<int> { TypedValue = minPriority ?? 1 },
            ], page, pageSize, cancellationToken);

    public async Task<bool> AppendAsync(ReservationChange change, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            if (!await ReservationRows.WriteAsync(connection, transaction, change, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (ReservationRows.IsVersionConflict(exception))
        {
            return false;
        }
    }

    public async Task<(bool Recorded, decimal HardLocked)> PickProgressAsync(Guid reservation, Guid pick, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT EXISTS (SELECT FROM reservation_events e WHERE e.reservation_id = $1 AND position($2 IN e.reason) > 0),
                   (SELECT coalesce(sum(l.quantity), 0) FROM reservation_locks l WHERE l.reservation_id = $1 AND l.kind = 'HARD')
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = reservation });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PickSaga.PickMark(pick) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetBoolean(0), reader.GetDecimal(1));
    }

    public async Task<bool> HasEventSinceAsync(Guid reservation, int version, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT EXISTS (SELECT FROM reservation_events WHERE reservation_id = $1 AND version > $2 AND event_type = ANY($3))");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = reservation });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. types] });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<AllocationCandidate>> CandidatesAsync(IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT l.code, b.sku, b.handling_unit_id, b.quantity - b.hard_locked, h.created_at,
                   concat_ws('/', coalesce(l.aisle, ''), coalesce(l.rack, ''), lpad(coalesce(l.level, 0)::text, 3, '0'), l.code), h.expires_on
            FROM stock_balances b
            JOIN locations l ON l.id = b.location_id AND l.kind = 'Bin' AND l.retired_at IS NULL
            LEFT JOIN handling_units h ON h.id = b.handling_unit_id
            WHERE b.sku = ANY($1) AND b.quantity - b.hard_locked > 0 AND (h.id IS NULL OR h.status IN ('OPEN', 'SEALED'))
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = skus.ToArray() });
        var candidates = new List<AllocationCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new AllocationCandidate(
                reader.GetString(0), reader.GetString(1), reader.GetGuid(2), reader.GetDecimal(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6)));
        }

        return candidates;
    }

    public async Task<IReadOnlyList<(string Location, string Sku, decimal Available, IReadOnlyList<SoftClaim> Claims)>> ClaimsOnStockOfAsync(
        Guid reservation, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH mine AS (SELECT DISTINCT location_id, sku, handling_unit_id FROM reservation_locks WHERE reservation_id = $1)
            SELECT l.code, m.sku, coalesce(b.quantity - b.hard_locked, 0), k.reservation_id, r.priority, r.created_at, k.quantity
            FROM mine m
            JOIN locations l ON l.id = m.location_id
            LEFT JOIN stock_balances b USING (location_id, sku, handling_unit_id)
            JOIN reservation_locks k ON k.location_id = m.location_id AND k.sku = m.sku AND k.handling_unit_id = m.handling_unit_id AND k.kind = 'SOFT'
            JOIN reservations r ON r.id = k.reservation_id AND r.status = 'ALLOCATED'
            ORDER BY l.code, m.sku, m.handling_unit_id
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = reservation });
        var rows = new List<(string Location, string Sku, decimal Available, SoftClaim Claim)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDecimal(2),
                new SoftClaim(reader.GetGuid(3), reader.GetInt32(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetDecimal(6))));
        }

        return rows.GroupBy(r => (r.Location, r.Sku, r.Available))
            .Select(g => (g.Key.Location, g.Key.Sku, g.Key.Available, (IReadOnlyList<SoftClaim>)g.Select(r => r.Claim).ToList())).ToList();
    }

    public async Task<IReadOnlyList<BumpDto>> BumpsAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT e.reservation_id, r.purpose, r.reference, r.priority, e.reason, e.operator, e.occurred_at
            FROM reservation_events e JOIN reservations r ON r.id = e.reservation_id
            WHERE e.event_type = 'ReservationBumped' ORDER BY e.occurred_at DESC LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var bumps = new List<BumpDto>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            bumps.Add(new BumpDto(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return bumps;
    }

    private async Task<PagedList<ReservationDto>> QueryAsync(
        string where, NpgsqlParameter[] parameters, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*)::int FROM reservations r WHERE {where}");
        var rows = new NpgsqlBatchCommand($"""
            SELECT {Columns},
                   coalesce((SELECT jsonb_agg(jsonb_build_object('location', l.code, 'sku', k.sku,
                                 'handlingUnitId', nullif(k.handling_unit_id, '00000000-0000-0000-0000-000000000000'), 'lpn', h.sscc,
                                 'quantity', k.quantity, 'kind', k.kind) ORDER BY l.aisle, l.rack, l.level, l.code, k.sku)
                             FROM reservation_locks k JOIN locations l ON l.id = k.location_id
                             LEFT JOIN handling_units h ON h.id = k.handling_unit_id WHERE k.reservation_id = r.id), '[]')::text,
                   coalesce((SELECT jsonb_agg(jsonb_build_object('version', e.version, 'type', e.event_type, 'status', e.status,
                                 'reason', e.reason, 'operator', e.operator, 'occurredAt', e.occurred_at) ORDER BY e.version)
                             FROM reservation_events e WHERE e.reservation_id = r.id), '[]')::text
            FROM reservations r WHERE {where}
            ORDER BY r.priority DESC, r.created_at LIMIT {pageSize} OFFSET {(page - 1) * pageSize}
            """);
        foreach (var parameter in parameters)
        {
            count.Parameters.Add(parameter.Clone());
            rows.Parameters.Add(parameter.Clone());
        }

        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(rows);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt32(0);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<ReservationDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var reservation = ReadReservation(reader);
            items.Add(new ReservationDto(
                reservation.Id, reservation.Purpose, reservation.Reference, reservation.Priority, reservation.Status.ToString().ToUpperInvariant(),
                reservation.Version, reservation.Lines,
                JsonSerializer.Deserialize<List<ReservationLockDto>>(reader.GetString(10), IdempotencyBehaviourJson.Options) ?? [],
                reader.IsDBNull(7) ? null : reader.GetString(7),
                JsonSerializer.Deserialize<List<ReservationEventDto>>(reader.GetString(11), IdempotencyBehaviourJson.Options) ?? [],
                reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return new PagedList<ReservationDto>(items, total, page, pageSize);
    }

    private static Reservation ReadReservation(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3),
        Enum.Parse<ReservationStatus>(reader.GetString(4), ignoreCase: true), reader.GetInt32(5),
        JsonSerializer.Deserialize<List<ReservationLine>>(reader.GetString(6), IdempotencyBehaviourJson.Options) ?? []);
}
