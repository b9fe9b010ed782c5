using LKvitai.Application.Reservations;
using LKvitai.Domain.Common;
using LKvitai.Domain.Reservations;
using LKvitai.Infrastructure.Ledger;
using Npgsql;

namespace LKvitai.Infrastructure.Reservations;

/// <summary>
/// HARD locks on the balance rows, as the ledger's role (see <see cref="IReservationLedger"/>). The reservation row is
/// updated first (version check, and its row lock serialises two StartPicking calls of one reservation), then the
/// balance rows in the ledger's lock order; a row without enough stock free of other HARD locks refuses the whole call.
/// </summary>
internal sealed class ReservationLedger(LedgerDataSource dataSource) : IReservationLedger
{
    public Task<Result<bool>> StartPickingAsync(ReservationChange change, CancellationToken cancellationToken) =>
        RunAsync(change, """
            UPDATE stock_balances SET hard_locked = hard_locked + $4, updated_at = now()
            WHERE location_id = $1 AND sku = $2 AND handling_unit_id = $3 AND physical AND quantity - hard_locked >= $4
            RETURNING 1
            """, "SOFT", "UPDATE reservation_locks SET kind = 'HARD' WHERE reservation_id = $1", cancellationToken);

    public Task<Result<bool>> ReleaseHardLocksAsync(ReservationChange change, CancellationToken cancellationToken) =>
        RunAsync(change, """
            UPDATE stock_balances SET hard_locked = hard_locked - $4, updated_at = now()
            WHERE location_id = $1 AND sku = $2 AND handling_unit_id = $3 AND hard_locked >= $4
            RETURNING 1
            """, "HARD", null, cancellationToken);

    private async Task<Result<bool>> RunAsync(
        ReservationChange change, string balanceSql, string lockKind, string? afterSql, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(change, balanceSql, lockKind, afterSql, cancellationToken);
            }
            catch (PostgresException exception) when (ReservationRows.IsVersionConflict(exception))
            {
                return false;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
            }
        }
    }

    private async Task<Result<bool>> RunOnceAsync(
        ReservationChange change, string balanceSql, string lockKind, string? afterSql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The locks as they are now, in the ledger's lock order (location, item, unit) so nothing waits in a circle.
        var locks = new List<(int Location, string Sku, Guid Unit, decimal Quantity)>();
        await using (var read = new NpgsqlCommand(
            "SELECT location_id, sku, handling_unit_id, quantity FROM reservation_locks WHERE reservation_id = $1 AND kind = $2", connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = change.After.Id });
            read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = lockKind });
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                locks.Add((reader.GetInt32(0), reader.GetString(1), reader.GetGuid(2), reader.GetDecimal(3)));
            }
        }

        // State, event, outbox first: a stale version stops here, before any balance row is touched.
        if (!await ReservationRows.WriteAsync(connection, transaction, change, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        foreach (var (location, sku, unit, quantity) in locks.OrderBy(l => l.Location).ThenBy(l => l.Sku, StringComparer.Ordinal).ThenBy(l => l.Unit))
        {
            await using var guard = new NpgsqlCommand(balanceSql, connection, transaction);
            guard.Parameters.Add(new NpgsqlParameter<int> { TypedValue = location });
            guard.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sku });
            guard.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = unit });
            guard.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = quantity });
            if (await guard.ExecuteScalarAsync(cancellationToken) is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return ReservationErrors.HardLocked;
            }
        }

        if (afterSql is not null)
        {
            await using var after = new NpgsqlCommand(afterSql, connection, transaction);
            after.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = change.After.Id });
            await after.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
