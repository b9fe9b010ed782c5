using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Reservations;
using LKvitai.Domain.Reservations;
using Npgsql;

namespace LKvitai.Infrastructure.Reservations;

/// <summary>
/// The rows every reservation change writes, inside the caller's transaction: the state at the new version (only if the
/// stored version is the one the change was decided on — optimistic concurrency), the event at that version (the
/// stream's key refuses a second writer of it), the locks when they change, and a message in the outbox.
/// </summary>
internal static class ReservationRows
{
    public static async Task<bool> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReservationChange change, CancellationToken cancellationToken)
    {
        var after = change.After;
        var status = after.Status.ToString().ToUpperInvariant();
        await using (var state = new NpgsqlCommand(change.Created
            ? """
              INSERT INTO reservations (id, purpose, reference, priority, status, version, lines, reason, created_by)
              VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) ON CONFLICT (id) DO NOTHING
              """
            : "UPDATE reservations SET status = $5, version = $6, reason = $8, updated_at = now() WHERE id = $1 AND version = $6 - 1",
            connection, transaction))
        {
            state.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = after.Id });
            state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = after.Purpose });
            state.Parameters.Add(new NpgsqlParameter { Value = (object?)after.Reference ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
            state.Parameters.Add(new NpgsqlParameter<int> { TypedValue = after.Priority });
            state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = status });
            state.Parameters.Add(new NpgsqlParameter<int> { TypedValue = after.Version });
            state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(after.Lines, IdempotencyBehaviourJson.Options) });
            state.Parameters.Add(new NpgsqlParameter { Value = (object?)change.Event.Reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = change.Operator });
            if (await state.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            INSERT INTO reservation_events (reservation_id, version, event_type, status, reason, data, operator) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
            """)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = after.Id }, new NpgsqlParameter<int> { TypedValue = change.Event.Version },
                new NpgsqlParameter<string> { TypedValue = change.Event.Type }, new NpgsqlParameter<string> { TypedValue = status },
                new NpgsqlParameter { Value = (object?)change.Event.Reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(new { change.Locks }, IdempotencyBehaviourJson.Options) },
                new NpgsqlParameter<string> { TypedValue = change.Operator },
            },
        });
        if (change.Locks is { } locks)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM reservation_locks WHERE reservation_id = $1")
            {
                Parameters = { new NpgsqlParameter<Guid> { TypedValue = after.Id } },
            });
            if (locks.Count > 0)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO reservation_locks (reservation_id, location_id, sku, handling_unit_id, quantity, kind)
                    SELECT $1, l.id, x.sku, x.unit, x.quantity, x.kind
                    FROM unnest($2::varchar[], $3::varchar[], $4::uuid[], $5::numeric[], $6::varchar[]) AS x(code, sku, unit, quantity, kind)
                    JOIN locations l ON l.code = x.code
                    """)
                {
                    Parameters =
                    {
                        new NpgsqlParameter<Guid> { TypedValue = after.Id },
                        new NpgsqlParameter<string[]> { TypedValue = locks.Select(l => l.Location).ToArray() },
                        new NpgsqlParameter<string[]> { TypedValue = locks.Select(l => l.Sku).ToArray() },
                        new NpgsqlParameter<Guid[]> { TypedValue = locks.Select(l => l.HandlingUnit).ToArray() },
                        new NpgsqlParameter<decimal[]> { TypedValue = locks.Select(l => l.Quantity).ToArray() },
                        new NpgsqlParameter<string[]> { TypedValue = locks.Select(l => l.Kind.ToString().ToUpperInvariant()).ToArray() },
                    },
                });
            }
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            INSERT INTO outbox_messages (aggregate_key, message_type, payload, occurred_at)
            VALUES ('reservation:' || $1::text, $2, jsonb_build_object('reservationId', $1, 'version', $3, 'status', $4::text, 'reason', $5::text), now())
            """)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = after.Id }, new NpgsqlParameter<string> { TypedValue = change.Event.Type },
                new NpgsqlParameter<int> { TypedValue = change.Event.Version }, new NpgsqlParameter<string> { TypedValue = status },
                new NpgsqlParameter { Value = (object?)change.Event.Reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
            },
        });
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <summary>A version another writer took first (an event key or a reservation key already there).</summary>
    public static bool IsVersionConflict(PostgresException exception) =>
        exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName is "reservation_events_pkey" or "reservations_pkey";
}
