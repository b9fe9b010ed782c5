using LKvitai.Domain.Notifications;
using Npgsql;

namespace LKvitai.Infrastructure.Outbox;

/// <summary>
/// A bumped reservation's owner is told: the dispatcher delivering the ReservationBumped message stores a notification
/// for whoever created the reservation — once, however often the message is delivered — and raises a PostgreSQL
/// notification in the same transaction, which every API process pushes to that user's open screens.
/// </summary>
internal sealed class ReservationBumpedNotifier : IOutboxSubscriber
{
    public const string Channel = "lkvitai_notifications";

    public bool Handles(string messageType) => messageType == "ReservationBumped";

    public async Task DeliverAsync(
        IReadOnlyList<OutboxMessage> messages, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var store = new NpgsqlCommand("""
            WITH m AS (SELECT id, payload::jsonb AS payload FROM unnest($1::bigint[], $2::text[]) AS m(id, payload)),
            stored AS (
                INSERT INTO notifications (recipient, kind, title, body, subject, source_message_id)
                SELECT r.created_by, $3, 'Reservation bumped',
                       left(format('%s%s (priority %s): %s', r.purpose, coalesce(' ' || r.reference, ''), r.priority,
                                   coalesce(m.payload->>'reason', 'bumped')), 2000),
                       r.id::text, m.id
                FROM m JOIN reservations r ON r.id = (m.payload->>'reservationId')::uuid
                ON CONFLICT (source_message_id) DO NOTHING
                RETURNING id, recipient, kind, title, body, subject, created_at, read_at)
            SELECT pg_notify($4, json_build_object(
                'recipient', recipient, 'notification', json_build_object(
                    'id', id, 'kind', kind, 'title', title, 'body', body, 'subject', subject, 'createdAt', created_at, 'readAt', read_at))::text)
            FROM stored ORDER BY id
            """, connection, transaction);
        store.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = messages.Select(m => m.Id).ToArray() });
        store.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = messages.Select(m => m.Payload).ToArray() });
        store.Parameters.Add(new NpgsqlParameter<string> { TypedValue = NotificationKinds.ReservationBumped });
        store.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
        await store.ExecuteNonQueryAsync(cancellationToken);
    }
}
