using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Prometheus;

namespace LKvitai.Infrastructure.Outbox;

/// <summary>A message taken from the outbox for delivery.</summary>
public sealed record OutboxMessage(long Id, string AggregateKey, string MessageType, string Payload, DateTimeOffset OccurredAt, int Attempts);

/// <summary>Receives outbox messages; must tolerate duplicates (delivery is at least once; the payload carries ids).</summary>
public interface IOutboxSubscriber
{
    bool Handles(string messageType);

    /// <summary>
    /// Delivers messages, in the order given, inside the dispatcher's transaction (database work here commits with the
    /// "dispatched" mark). Throwing fails the whole call; the dispatcher then retries the messages one at a time.
    /// </summary>
    Task DeliverAsync(IReadOnlyList<OutboxMessage> messages, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}

/// <summary>
/// Delivers outbox messages at least once, in order per aggregate, with any number of dispatchers (one per API process):
/// rows are claimed with FOR UPDATE SKIP LOCKED under a transaction-scoped advisory lock per aggregate, only from
/// transactions older than every running one (so a late commit cannot be overtaken), and never past an earlier message
/// of the same aggregate that is waiting for a retry. Failures are retried with exponential backoff (2 s … 5 min).
/// </summary>
internal sealed partial class OutboxDispatcher(
    NpgsqlDataSource dataSource, IEnumerable<IOutboxSubscriber> subscribers, IConfiguration configuration, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private static readonly Histogram DeliveryLatency = Metrics.CreateHistogram(
        "lkvitai_outbox_delivery_seconds", "From the change that wrote a message to its delivery.",
        new HistogramConfiguration { Buckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });

    private static readonly Counter Failures = Metrics.CreateCounter(
        "lkvitai_outbox_delivery_failures_total", "Deliveries that failed and were scheduled for a retry.",
        new CounterConfiguration { LabelNames = ["message_type"] });

    private static readonly Gauge Pending = Metrics.CreateGauge("lkvitai_outbox_pending", "Outbox messages not delivered yet.");

    // The earliest failing message of each aggregate comes first from its own small partial index (usually empty); a
    // correlated NOT EXISTS here was planned as a scan of every pending message per candidate (~100 ms on a backlog).
    private const string ClaimSql = """
        WITH failing AS MATERIALIZED (
            SELECT DISTINCT ON (aggregate_key) aggregate_key, tx_id, id FROM outbox_messages
            WHERE dispatched_at IS NULL AND attempts > 0 ORDER BY aggregate_key, tx_id, id)
        SELECT o.id, o.aggregate_key, o.message_type, o.payload::text, o.occurred_at, o.attempts
        FROM outbox_messages o LEFT JOIN failing f ON f.aggregate_key = o.aggregate_key
        WHERE o.dispatched_at IS NULL AND o.next_attempt_at <= now()
          AND o.tx_id < pg_snapshot_xmin(pg_current_snapshot())
          AND (f.aggregate_key IS NULL OR (o.tx_id, o.id) <= (f.tx_id, f.id))
          AND pg_try_advisory_xact_lock(hashtext('lkvitai.outbox.' || o.aggregate_key))
        ORDER BY o.tx_id, o.id
        LIMIT $1
        FOR UPDATE OF o SKIP LOCKED
        """;

    private readonly int batchSize = configuration.GetValue("Outbox:BatchSize", 200);
    private readonly TimeSpan idle = TimeSpan.FromMilliseconds(configuration.GetValue("Outbox:PollMilliseconds", 50));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastGauge = Stopwatch.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = await DispatchBatchAsync(stoppingToken);
                if (Stopwatch.GetElapsedTime(lastGauge) > TimeSpan.FromSeconds(1))
                {
                    await using var count = dataSource.CreateCommand("SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL");
                    Pending.Set((long)(await count.ExecuteScalarAsync(stoppingToken))!);
                    lastGauge = Stopwatch.GetTimestamp();
                }

                if (delivered < batchSize)
                {
                    await Task.Delay(idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var messages = new List<OutboxMessage>();
        await using (var claim = new NpgsqlCommand(ClaimSql, connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                messages.Add(new OutboxMessage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5)));
            }
        }

        if (messages.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        // Usually every message goes in one call per subscriber; if that fails, one at a time, so a single bad message is
        // retried alone and only the later messages of its own aggregate wait for it.
        var delivered = new List<long>();
        await transaction.SaveAsync("batch", cancellationToken);
        try
        {
            await DeliverAsync(messages, connection, transaction, cancellationToken);
            delivered.AddRange(messages.Select(m => m.Id));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await transaction.RollbackAsync("batch", cancellationToken);
            await DeliverOneByOneAsync(messages, delivered, connection, transaction, cancellationToken);
        }

        foreach (var message in messages.Where(m => delivered.Contains(m.Id)))
        {
            DeliveryLatency.Observe(Math.Max(0, (DateTimeOffset.UtcNow - message.OccurredAt).TotalSeconds));
        }

        await using (var done = new NpgsqlCommand("UPDATE outbox_messages SET dispatched_at = now() WHERE id = ANY($1)", connection, transaction))
        {
            done.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. delivered] });
            await done.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return messages.Count;
    }

    private async Task DeliverAsync(
        IReadOnlyList<OutboxMessage> messages, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var group in messages.GroupBy(m => m.MessageType))
        {
            foreach (var subscriber in subscribers.Where(s => s.Handles(group.Key)))
            {
                await subscriber.DeliverAsync(group.ToList(), connection, transaction, cancellationToken);
            }
        }
    }

    private async Task DeliverOneByOneAsync(
        List<OutboxMessage> messages, List<long> delivered, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (blocked.Contains(message.AggregateKey))
            {
                continue; // an earlier message of this aggregate failed: keep the order
            }

            await transaction.SaveAsync("delivery", cancellationToken);
            try
            {
                await DeliverAsync([message], connection, transaction, cancellationToken);
                delivered.Add(message.Id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await transaction.RollbackAsync("delivery", cancellationToken);
                blocked.Add(message.AggregateKey);
                Failures.WithLabels(message.MessageType).Inc();
                LogDeliveryFailed(logger, exception, message.Id, message.MessageType);
                await using var retry = new NpgsqlCommand("""
                    UPDATE outbox_messages SET attempts = attempts + 1, last_error = left($2, 2000),
                           next_attempt_at = now() + least(interval '5 minutes', interval '1 second' * power(2, attempts + 1))
                    WHERE id = $1
                    """, connection, transaction);
                retry.Parameters.Add(new NpgsqlParameter<long> { TypedValue = message.Id });
                retry.Parameters.Add(new NpgsqlParameter<string> { TypedValue = exception.Message });
                await retry.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of outbox message {Id} ({MessageType}) failed; it will be retried")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, long id, string messageType);
}
