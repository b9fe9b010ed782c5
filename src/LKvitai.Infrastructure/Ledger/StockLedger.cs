using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using LKvitai.Domain.Ledger;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Prometheus;

namespace LKvitai.Infrastructure.Ledger;

/// <summary>The ledger's own connection pool: it connects as the database role that alone may append movements.</summary>
public sealed class LedgerDataSource(NpgsqlDataSource source) : IAsyncDisposable, IDisposable
{
    public NpgsqlDataSource Source { get; } = source;

    public ValueTask DisposeAsync() => Source.DisposeAsync();

    public void Dispose() => Source.Dispose();
}

/// <summary>
/// The only code that writes movements and balances. Per command: resolve the locations and items, lock the balance
/// rows in a fixed order, then for each movement one statement that takes the stock from the source with a guarded
/// update (no row = not enough stock, nothing of the command kept), adds it to the destination, appends the movement and
/// its outbox message; then the idempotency record; commit. PostgreSQL flushes the WAL of concurrent commits together,
/// so parallel requests share disk flushes without an application-level group commit (measured: docs/PERFORMANCE.md).
/// The guard's row lock is what serialises racing movements on the same bin and item, so no interleaving can overdraw.
/// </summary>
internal sealed partial class StockLedger(LedgerDataSource dataSource, IdempotencyScope idempotency, ILogger<StockLedger> logger) : IStockLedger
{
    private static readonly Histogram AppendLatency = Metrics.CreateHistogram(
        "lkvitai_ledger_append_seconds", "From a command reaching the ledger to its commit (movement append latency).",
        new HistogramConfiguration { Buckets = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });

    private const int MaximumAttempts = 3;

    /// <summary>Every writer of movements (plain, handling units, picks) reports its commit to the same append-latency histogram.</summary>
    public static void ObserveAppend(long startedTimestamp) =>
        AppendLatency.Observe(System.Diagnostics.Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);

    // Both kinds of source end the same way: add to the destination, append the movement and its StockMoved outbox
    // message — only if the take worked.
    private const string GiveAndAppendSql = """
        given AS (
            INSERT INTO stock_balances AS b (location_id, sku, handling_unit_id, quantity, physical, updated_at)
            SELECT $4, $2, coalesce($16, '00000000-0000-0000-0000-000000000000'::uuid), $3, $5, now() WHERE EXISTS (SELECT FROM taken)
            ON CONFLICT (location_id, sku, handling_unit_id) DO UPDATE SET quantity = b.quantity + EXCLUDED.quantity, updated_at = now()
            RETURNING 1),
        moved AS (
            INSERT INTO stock_movements (movement_id, occurred_at, sku, quantity, from_location_id, to_location_id, movement_type,
                                         operator, handling_unit_id, reason, command_id, correlation_id,
                                         from_handling_unit_id, to_handling_unit_id)
            SELECT $6, now(), $2, $3, $1, $4, $7, $8, $9, $10, $11, $12, $15, $16 WHERE EXISTS (SELECT FROM given)
            RETURNING *),
        published AS (
            INSERT INTO outbox_messages (aggregate_key, message_type, payload, occurred_at)
            SELECT 'sku:' || sku, 'StockMoved', jsonb_build_object(
                'movementId', movement_id, 'sequence', sequence, 'occurredAt', occurred_at, 'sku', sku, 'quantity', quantity,
                'fromLocation', $13::varchar, 'toLocation', $14::varchar, 'movementType', movement_type, 'operator', operator,
                'handlingUnitId', handling_unit_id, 'fromHandlingUnitId', from_handling_unit_id,
                'toHandlingUnitId', to_handling_unit_id, 'reason', reason, 'commandId', command_id, 'correlationId', correlation_id), occurred_at
            FROM moved)
        SELECT sequence, occurred_at FROM moved
        """;

    // Physical source: take only what is there and not HARD-locked for a reservation being picked.
    private const string FromPhysicalSql = """
        WITH taken AS (
            UPDATE stock_balances SET quantity = quantity - $3, updated_at = now()
            WHERE location_id = $1 AND sku = $2 AND handling_unit_id = coalesce($15, '00000000-0000-0000-0000-000000000000'::uuid)
              AND quantity - hard_locked >= $3
            RETURNING 1),
        """ + "\n" + GiveAndAppendSql;

    // A pick against a reservation in PICKING: take from its HARD lock — on the balance row and on the reservation's lock
    // (down to zero when used up) — so the stock leaves exactly as it was promised.
    private const string FromHardLockedSql = """
        WITH used AS (
            UPDATE reservation_locks k SET quantity = k.quantity - $3
            WHERE k.reservation_id = $17 AND k.location_id = $1 AND k.sku = $2 AND k.kind = 'HARD'
              AND k.handling_unit_id = coalesce($15, '00000000-0000-0000-0000-000000000000'::uuid) AND k.quantity >= $3
            RETURNING k.quantity),
        taken AS (
            UPDATE stock_balances SET quantity = quantity - $3, hard_locked = hard_locked - $3, updated_at = now()
            WHERE location_id = $1 AND sku = $2 AND handling_unit_id = coalesce($15, '00000000-0000-0000-0000-000000000000'::uuid)
              AND hard_locked >= $3 AND quantity >= $3 AND EXISTS (SELECT FROM used)
            RETURNING 1),
        """ + "\n" + GiveAndAppendSql;

    // Virtual source (supplier, production …): never checked, may go below zero.
    private const string FromVirtualSql = """
        WITH taken AS (
            INSERT INTO stock_balances AS b (location_id, sku, handling_unit_id, quantity, physical, updated_at)
            VALUES ($1, $2, coalesce($15, '00000000-0000-0000-0000-000000000000'::uuid), -$3, false, now())
            ON CONFLICT (location_id, sku, handling_unit_id) DO UPDATE SET quantity = b.quantity - $3, updated_at = now()
            RETURNING 1),
        """ + "\n" + GiveAndAppendSql;

    public async Task<Result<IReadOnlyList<RecordedMovement>>> AppendAsync(
        LedgerAppend append, Func<IReadOnlyList<RecordedMovement>, object> storedResult, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AppendOnceAsync(new LedgerRequest(append, idempotency.Pending, storedResult), cancellationToken);
            }
            catch (PostgresException exception) when (
                exception.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                && attempt < MaximumAttempts)
            {
                // Two commands took the same rows in opposite order; one was chosen to fail. Its work was rolled back.
            }
            catch (PostgresException exception) when (
                exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == "pk_idempotency_records")
            {
                throw new DuplicateCommandException(append.CommandId, exception);
            }
        }
    }

    private async Task<Result<IReadOnlyList<RecordedMovement>>> AppendOnceAsync(LedgerRequest request, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var allocated = new List<long>();
        try
        {
            await using var connection = await dataSource.Source.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await ExecuteAsync(connection, transaction, request, cancellationToken, allocated);
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(cancellationToken);
                ObserveAppend(started);
                return result;
            }

            await transaction.RollbackAsync(cancellationToken);
            await ExplainGapsAsync(allocated, $"refused: {result.Error!.Code}");
            return result;
        }
        catch (Exception exception) when (allocated.Count > 0)
        {
            await ExplainGapsAsync(allocated, $"rolled back: {(exception is PostgresException p ? p.SqlState : exception.GetType().Name)}");
            throw;
        }
    }

    /// <summary>
    /// A rolled-back command used sequence numbers that no movement will ever carry. Say so, so the consistency check can
    /// tell these gaps from a movement that went missing. Best effort: a gap left unexplained is reported, never hidden.
    /// </summary>
    private async Task ExplainGapsAsync(List<long> sequences, string reason)
    {
        if (!await TryExplainGapsAsync(dataSource.Source, sequences, reason))
        {
            LogGapNotExplained(sequences.Count, reason);
        }
    }

    internal static async Task<bool> TryExplainGapsAsync(NpgsqlDataSource source, List<long> sequences, string reason)
    {
        if (sequences.Count == 0)
        {
            return true;
        }

        try
        {
            await using var command = source.CreateCommand(
                "INSERT INTO ledger_sequence_gaps (sequence, reason) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING");
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = sequences.ToArray() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reason });
            await command.ExecuteNonQueryAsync(CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record {Count} rolled-back ledger sequence numbers ({Reason}); the consistency check will report them as unexplained gaps")]
    private partial void LogGapNotExplained(int count, string reason);

    /// <summary>
    /// One command inside an open transaction: on a refusal nothing has been written (the caller rolls back); on success
    /// its movements, outbox messages and idempotency record are in the transaction, for the caller to commit.
    /// <paramref name="allocated"/> collects the sequence numbers taken so far, for the caller to explain if it rolls back.
    /// </summary>
    internal static async Task<Result<IReadOnlyList<RecordedMovement>>> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LedgerRequest request, CancellationToken cancellationToken,
        List<long>? allocated = null)
    {
        var append = request.Append;
        var resolved = await ResolveAsync(connection, transaction, append.Movements, cancellationToken);
        if (!resolved.IsSuccess)
        {
            return resolved.Error;
        }

        var locations = resolved.Value!;
        var movementIds = append.Movements.Select(_ => Guid.CreateVersion7()).ToArray();
        await using var batch = new NpgsqlBatch(connection, transaction);

        // Lock every balance row this command touches in one fixed order first: two commands moving stock A→B and B→A
        // then queue behind each other instead of deadlocking.
        var keys = append.Movements
            .SelectMany(m => new[]
            {
                (Location: locations[m.FromLocation].Id, m.Sku, Unit: m.FromHandlingUnit ?? Guid.Empty),
                (Location: locations[m.ToLocation].Id, m.Sku, Unit: m.ToHandlingUnit ?? Guid.Empty),
            })
            .Distinct().OrderBy(k => k.Location).ThenBy(k => k.Sku, StringComparer.Ordinal).ThenBy(k => k.Unit).ToArray();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "SELECT 1 FROM stock_balances b JOIN unnest($1::int[], $2::varchar[], $3::uuid[]) WITH ORDINALITY AS k(location_id, sku, handling_unit_id, n) " +
            "USING (location_id, sku, handling_unit_id) ORDER BY k.n FOR UPDATE OF b")
        {
            Parameters =
            {
                new NpgsqlParameter<int[]> { TypedValue = keys.Select(k => k.Location).ToArray() },
                new NpgsqlParameter<string[]> { TypedValue = keys.Select(k => k.Sku).ToArray() },
                new NpgsqlParameter<Guid[]> { TypedValue = keys.Select(k => k.Unit).ToArray() },
            },
        });
        for (var i = 0; i < append.Movements.Count; i++)
        {
            var movement = append.Movements[i];
            var (fromId, fromPhysical) = locations[movement.FromLocation];
            var (toId, toPhysical) = locations[movement.ToLocation];
            var command = new NpgsqlBatchCommand(
                !fromPhysical ? FromVirtualSql : movement.HardLockOf is null ? FromPhysicalSql : FromHardLockedSql);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = fromId });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = movement.Sku, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = movement.Quantity });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = toId });
            command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = toPhysical });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = movementIds[i] });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = movement.Type.ToString().ToUpperInvariant(), NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = append.Operator, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)movement.HandlingUnitId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)movement.Reason ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = append.CommandId });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)append.CorrelationId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = movement.FromLocation, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = movement.ToLocation, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)movement.FromHandlingUnit ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)movement.ToHandlingUnit ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            if (fromPhysical && movement.HardLockOf is { } reservation)
            {
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = reservation });
            }

            batch.BatchCommands.Add(command);
        }

        var recorded = new List<RecordedMovement>(append.Movements.Count);
        int? refused = null;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            await reader.NextResultAsync(cancellationToken); // past the locks
            for (var i = 0; i < append.Movements.Count; i++)
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    recorded.Add(new RecordedMovement(movementIds[i], reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), append.Movements[i]));
                    allocated?.Add(recorded[^1].Sequence);
                }
                else
                {
                    refused ??= i;
                }

                await reader.NextResultAsync(cancellationToken);
            }
        }

        if (refused is { } index)
        {
            var movement = append.Movements[index];
            return LedgerErrors.InsufficientBalance(movement.Sku, movement.FromLocation, movement.Quantity);
        }

        if (request.Idempotency is { } pending)
        {
            await using var record = new NpgsqlCommand(
                "INSERT INTO idempotency_records (command_id, command_type, payload_hash, result_json, created_at, created_by) " +
                "VALUES ($1, $2, $3, $4::jsonb, now(), $5)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = pending.CommandId });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = pending.CommandType });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = pending.PayloadHash });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(request.StoredResult(recorded), IdempotencyBehaviourJson.Options) });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = append.Operator });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        return recorded;
    }

    /// <summary>Every location code to (id, physical), and every item known; else the first unknown one as an error.</summary>
    private static async Task<Result<Dictionary<string, (int Id, bool Physical)>>> ResolveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<LedgerMovement> movements, CancellationToken cancellationToken)
    {
        var codes = movements.SelectMany(m => new[] { m.FromLocation, m.ToLocation }).Distinct(StringComparer.Ordinal).ToArray();
        var skus = movements.Select(m => m.Sku).Distinct(StringComparer.Ordinal).ToArray();

        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT code, id, kind = 'Bin' FROM locations WHERE code = ANY($1) AND retired_at IS NULL")
                {
                    Parameters = { new NpgsqlParameter<string[]> { TypedValue = codes } },
                },
                new NpgsqlBatchCommand("SELECT code FROM skus WHERE code = ANY($1)")
                {
                    Parameters = { new NpgsqlParameter<string[]> { TypedValue = skus } },
                },
            },
        };
        var locations = new Dictionary<string, (int Id, bool Physical)>(StringComparer.Ordinal);
        var knownSkus = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                locations[reader.GetString(0)] = (reader.GetInt32(1), reader.GetBoolean(2));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                knownSkus.Add(reader.GetString(0));
            }
        }

        foreach (var movement in movements)
        {
            if (!locations.ContainsKey(movement.FromLocation))
            {
                return LedgerErrors.LocationNotFound(movement.FromLocation);
            }

            if (!locations.ContainsKey(movement.ToLocation))
            {
                return LedgerErrors.LocationNotFound(movement.ToLocation);
            }

            if (!knownSkus.Contains(movement.Sku))
            {
                return LedgerErrors.SkuNotFound(movement.Sku);
            }
        }

        return locations;
    }
}

/// <summary>A command for the ledger: what to append, its idempotency record, and its stored result's shape.</summary>
internal sealed record LedgerRequest(
    LedgerAppend Append, PendingIdempotencyRecord? Idempotency, Func<IReadOnlyList<RecordedMovement>, object> StoredResult);
