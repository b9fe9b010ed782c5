using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LKvitai.Infrastructure.Outbox;

/// <summary>
/// Fans StockMoved out to every API process: the dispatcher (whichever process claimed the message) raises a
/// PostgreSQL notification in its transaction — sent only if it commits — and every process listens and pushes it to
/// its own connected browsers.
/// </summary>
internal sealed class StockMovedNotifier : IOutboxSubscriber
{
    public const string Channel = "lkvitai_stock_moved";

    public bool Handles(string messageType) => messageType == "StockMoved";

    /// <summary>One round trip for the whole batch; notifications keep their order within the transaction.</summary>
    public async Task DeliverAsync(
        IReadOnlyList<OutboxMessage> messages, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var notify = new NpgsqlCommand(
            "SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS m(payload, n) ORDER BY n", connection, transaction);
        notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
        notify.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = messages.Select(m => m.Payload).ToArray() });
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>
/// Listens on a connection of its own for what the dispatchers raise — StockMoved (for every screen) and stored
/// notifications (for their recipient) — and hands each to this process's sink.
/// </summary>
internal sealed partial class LiveUpdatesListener(
    IConfiguration configuration, IStockMovedSink stockMoved, IUserNotificationSink notifications, ILogger<LiveUpdatesListener> logger)
    : BackgroundService
{
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(
        configuration.GetConnectionString(Persistence.ConnectionStringNames.App)) { Pooling = false, KeepAlive = 30 }.ToString();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => _ = PublishAsync(notification.Channel, notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {StockMovedNotifier.Channel}; LISTEN {ReservationBumpedNotifier.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
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

    private async Task PublishAsync(string channel, string payload)
    {
        try
        {
            if (channel == StockMovedNotifier.Channel)
            {
                await stockMoved.PublishAsync(payload, CancellationToken.None);
                return;
            }

            using var message = JsonDocument.Parse(payload);
            await notifications.PublishAsync(
                message.RootElement.GetProperty("recipient").GetString()!, message.RootElement.GetProperty("notification").GetRawText(), CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogPublishFailed(logger, exception, channel);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live-updates listener lost its connection; reconnecting")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing a {Channel} notification to the browsers failed (it stays stored)")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string channel);
}
