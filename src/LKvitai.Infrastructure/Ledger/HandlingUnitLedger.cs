using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Ledger;
using Npgsql;
using NpgsqlTypes;

namespace LKvitai.Infrastructure.Ledger;

/// <summary>
/// Operations on handling units, committed by the ledger (see <see cref="IHandlingUnitLedger"/>). Lock order, the same
/// for every operation: the handling unit rows (by id), the destination bins' capacity (advisory locks, by id), then the
/// balance rows (by <see cref="StockLedger"/>'s order) — so concurrent operations queue instead of deadlocking.
/// </summary>
internal sealed class HandlingUnitLedger(LedgerDataSource dataSource, IdempotencyScope idempotency) : IHandlingUnitLedger
{
    private static readonly Prometheus.Counter Created = Prometheus.Metrics.CreateCounter(
        "lkvitai_handling_units_created_total", "Handling units created (by receipts, by hand, by splits).");

    private const int CapacityLockSpace = 0x4855; // "HU"

    public async Task<Result<HandlingUnitOutcome>> ExecuteAsync(
        HandlingUnitRequest request, Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan,
        Func<HandlingUnitOutcome, object> storedResult, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ExecuteOnceAsync(request, plan, storedResult, cancellationToken);
            }
            catch (PostgresException exception) when (
                exception.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < 3)
            {
            }
            catch (PostgresException exception) when (
                exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == "pk_idempotency_records")
            {
                throw new DuplicateCommandException(request.CommandId, exception);
            }
        }
    }

    private async Task<Result<HandlingUnitOutcome>> ExecuteOnceAsync(
        HandlingUnitRequest request, Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan,
        Func<HandlingUnitOutcome, object> storedResult, CancellationToken cancellationToken)
    {
        var allocated = new List<long>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var outcome = await ExecuteInTransactionAsync(request, plan, storedResult, allocated, cancellationToken);
            if (outcome.IsSuccess)
            {
                StockLedger.ObserveAppend(started);
            }

            return outcome;
        }
        catch (Exception exception) when (allocated.Count > 0)
        {
            await StockLedger.TryExplainGapsAsync(
                dataSource.Source, allocated, $"rolled back: {(exception is PostgresException p ? p.SqlState : exception.GetType().Name)}");
            throw;
        }
    }

    private async Task<Result<HandlingUnitOutcome>> ExecuteInTransactionAsync(
        HandlingUnitRequest request, Func<IReadOnlyDictionary<Guid, HandlingUnit>, Result<HandlingUnitPlan>> plan,
        Func<HandlingUnitOutcome, object> storedResult, List<long> allocated, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // A repeat of a committed command: answered with the stored result by the idempotency behaviour, not re-planned
        // (the first run changed the units, so the rules would now refuse it).
        await using (var seen = new NpgsqlCommand("SELECT 1 FROM idempotency_records WHERE command_id = $1", connection, transaction))
        {
            seen.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = request.CommandId });
            if (await seen.ExecuteScalarAsync(cancellationToken) is not null)
            {
                throw new DuplicateCommandException(request.CommandId, new InvalidOperationException("Command already committed"));
            }
        }

        var before = await LockAsync(connection, transaction, request.HandlingUnits, cancellationToken);
        var planned = plan(before);
        if (!planned.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            return planned.Error;
        }

        var changes = planned.Value!.Changes;
        var locations = await ResolveBinsAsync(connection, transaction, changes.Select(c => c.After.Location), cancellationToken);
        if (!locations.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            return locations.Error;
        }

        var capacity = await CheckCapacityAsync(connection, transaction, before, changes, locations.Value!, cancellationToken);
        if (capacity is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return capacity;
        }

        var movements = planned.Value.Transfers.Select(t => new LedgerMovement(
            t.Sku, t.Quantity, t.FromLocation, t.ToLocation, planned.Value.MovementType, t.ToHandlingUnit ?? t.FromHandlingUnit,
            planned.Value.Reason, t.FromHandlingUnit, t.ToHandlingUnit, planned.Value.HardLockOf)).ToList();
        var units = changes.Select(c => c.After).ToList();
        var append = new LedgerAppend(request.CommandId, request.Operator, request.CorrelationId, movements);
        var recorded = await StockLedger.ExecuteAsync(
            connection, transaction, new LedgerRequest(append, idempotency.Pending, r => storedResult(new HandlingUnitOutcome(units, r))),
            cancellationToken, allocated);
        if (!recorded.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            await StockLedger.TryExplainGapsAsync(dataSource.Source, allocated, $"refused: {recorded.Error.Code}");
            return recorded.Error;
        }

        await WriteAsync(connection, transaction, request, before, changes, locations.Value!, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Created.Inc(changes.Count(c => c.Created));
        return new HandlingUnitOutcome(units, recorded.Value!);
    }

    private static async Task<Dictionary<Guid, HandlingUnit>> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var units = new Dictionary<Guid, HandlingUnit>();
        if (ids.Count == 0)
        {
            return units;
        }

        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    SELECT h.id, h.sscc, h.type, h.status, l.code, h.expires_on FROM handling_units h JOIN locations l ON l.id = h.location_id
                    WHERE h.id = ANY($1) ORDER BY h.id FOR UPDATE OF h
                    """) { Parameters = { new NpgsqlParameter<Guid[]> { TypedValue = ids.Distinct().ToArray() } } },
                new NpgsqlBatchCommand("""
                    SELECT handling_unit_id, sku, sum(quantity) FROM stock_balances
                    WHERE handling_unit_id = ANY($1) AND quantity <> 0 GROUP BY handling_unit_id, sku ORDER BY handling_unit_id, sku
                    """) { Parameters = { new NpgsqlParameter<Guid[]> { TypedValue = ids.Distinct().ToArray() } } },
            },
        };
        var lines = new Dictionary<Guid, List<HandlingUnitLine>>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var headers = new List<(Guid Id, string Sscc, string Type, string Status, string Location, DateOnly? ExpiresOn)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            headers.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (!lines.TryGetValue(id, out var list))
            {
                lines[id] = list = [];
            }

            list.Add(new HandlingUnitLine(reader.GetString(1), reader.GetDecimal(2)));
        }

        foreach (var (id, sscc, type, status, location, expiresOn) in headers)
        {
            units[id] = new HandlingUnit(id, sscc, Enum.Parse<HandlingUnitType>(type, ignoreCase: true),
                Enum.Parse<HandlingUnitStatus>(status, ignoreCase: true), location, lines.GetValueOrDefault(id) ?? [], expiresOn);
        }

        return units;
    }

    private static async Task<Result<Dictionary<string, (int Id, int? Capacity)>>> ResolveBinsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToArray();
        var bins = new Dictionary<string, (int Id, int? Capacity)>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT code, id, capacity_handling_units FROM locations WHERE code = ANY($1) AND kind = 'Bin' AND retired_at IS NULL",
            connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = wanted });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                bins[reader.GetString(0)] = (reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
            }
        }

        var missing = wanted.FirstOrDefault(code => !bins.ContainsKey(code));
        return missing is null ? bins : LedgerErrors.LocationNotFound(missing);
    }

    /// <summary>Units arriving in a bin (new, or from another bin) must fit; the bin's lock makes racing arrivals queue.</summary>
    private static async Task<Error?> CheckCapacityAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Dictionary<Guid, HandlingUnit> before,
        IReadOnlyList<HandlingUnitChange> changes, Dictionary<string, (int Id, int? Capacity)> bins, CancellationToken cancellationToken)
    {
        var arrivals = changes
            .Where(c => c.After.IsActive && (!before.TryGetValue(c.After.Id, out var was) || was.Location != c.After.Location || !was.IsActive))
            .GroupBy(c => c.After.Location)
            .Where(g => bins[g.Key].Capacity is not null)
            .OrderBy(g => bins[g.Key].Id)
            .ToList();
        foreach (var arriving in arrivals)
        {
            var (id, capacity) = bins[arriving.Key];
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1, $2)", connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = CapacityLockSpace });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
            await command.ExecuteNonQueryAsync(cancellationToken);
            await using var count = new NpgsqlCommand(
                "SELECT count(*)::int FROM handling_units WHERE location_id = $1 AND status IN ('OPEN', 'SEALED')", connection, transaction);
            count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
            var present = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
            if (present + arriving.Count() > capacity)
            {
                return HandlingUnitErrors.CapacityExceeded(arriving.Key, capacity!.Value);
            }
        }

        return null;
    }

    private static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, HandlingUnitRequest request, Dictionary<Guid, HandlingUnit> before,
        IReadOnlyList<HandlingUnitChange> changes, Dictionary<string, (int Id, int? Capacity)> bins, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var change in changes)
        {
            var unit = change.After;
            var status = unit.Status.ToString().ToUpperInvariant();
            var location = bins[unit.Location].Id;
            if (change.Created || !before.ContainsKey(unit.Id))
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO handling_units (id, sscc, type, status, location_id, created_at, created_by, updated_at, expires_on)
                    VALUES ($1, $2, $3, $4, $5, now(), $6, now(), $7)
                    """)
                {
                    Parameters =
                    {
                        new NpgsqlParameter<Guid> { TypedValue = unit.Id },
                        new NpgsqlParameter<string> { TypedValue = unit.Sscc },
                        new NpgsqlParameter<string> { TypedValue = unit.Type.ToString().ToUpperInvariant() },
                        new NpgsqlParameter<string> { TypedValue = status },
                        new NpgsqlParameter<int> { TypedValue = location },
                        new NpgsqlParameter<string> { TypedValue = request.Operator },
                        ExpiresOn(unit),
                    },
                });
            }
            else
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    "UPDATE handling_units SET status = $2, location_id = $3, expires_on = $4, updated_at = now() WHERE id = $1")
                {
                    Parameters =
                    {
                        new NpgsqlParameter<Guid> { TypedValue = unit.Id },
                        new NpgsqlParameter<string> { TypedValue = status },
                        new NpgsqlParameter<int> { TypedValue = location },
                        ExpiresOn(unit),
                    },
                });
            }

            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO handling_unit_events (handling_unit_id, event_type, status, location_id, details, operator, command_id, expires_on)
                VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
                """)
            {
                Parameters =
                {
                    new NpgsqlParameter<Guid> { TypedValue = unit.Id },
                    new NpgsqlParameter<string> { TypedValue = change.Event },
                    new NpgsqlParameter<string> { TypedValue = status },
                    new NpgsqlParameter<int> { TypedValue = location },
                    new NpgsqlParameter { Value = change.Details is null ? DBNull.Value : JsonSerializer.Serialize(change.Details, IdempotencyBehaviourJson.Options), NpgsqlDbType = NpgsqlDbType.Text },
                    new NpgsqlParameter<string> { TypedValue = request.Operator },
                    new NpgsqlParameter<Guid> { TypedValue = request.CommandId },
                    ExpiresOn(unit),
                },
            });
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlParameter ExpiresOn(HandlingUnit unit) =>
        new() { Value = unit.ExpiresOn is { } date ? date : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date };
}

/// <summary>SSCC = extension digit + the configured GS1 company prefix + a serial from the handling_unit_serials sequence.</summary>
internal sealed class SsccIssuer(NpgsqlDataSource dataSource, Microsoft.Extensions.Options.IOptions<HandlingUnitOptions> options) : ISsccIssuer
{
    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT nextval('handling_unit_serials')");
        var serial = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return Sscc.Create(options.Value.SsccExtensionDigit, options.Value.Gs1CompanyPrefix, serial);
    }
}

public sealed class HandlingUnitOptions
{
    public const string Section = "HandlingUnits";

    /// <summary>The GS1 company prefix the SSCCs are issued under (6–12 digits; the default is GS1's example prefix).</summary>
    public string Gs1CompanyPrefix { get; set; } = "0614141";

    public char SsccExtensionDigit { get; set; } = '0';
}
