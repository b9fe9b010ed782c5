using LKvitai.Domain.Printing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LKvitai.Infrastructure.Integrations.Printing;

/// <summary>
/// Sends due print jobs to their printers. Each sender claims one job with FOR UPDATE SKIP LOCKED and keeps the row
/// locked while it talks to the printer, so any number of senders in any number of API processes never send one job
/// twice at once. A failed attempt is retried after the configured delays, then the job goes to the manual queue.
/// </summary>
internal sealed partial class PrintJobDispatcher(
    NpgsqlDataSource dataSource, PrintJobSignal signal, IOptions<PrintingOptions> options, ILogger<PrintJobDispatcher> logger)
    : BackgroundService
{
    private const string ClaimSql = """
        SELECT j.id, j.zpl, j.attempts, j.printer, p.host, p.port, p.enabled
        FROM print_jobs j LEFT JOIN printers p ON p.name = j.printer
        WHERE j.state = 'queued' AND j.next_attempt_at <= now()
        ORDER BY j.next_attempt_at, j.created_at
        LIMIT 1
        FOR UPDATE OF j SKIP LOCKED
        """;

    private readonly PrintingOptions settings = options.Value;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, settings.Senders)).Select(_ => SendLoopAsync(stoppingToken)));

    private async Task SendLoopAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await SendNextAsync(stoppingToken))
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
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

    /// <summary>Sends one due job, if there is one; false when none is due.</summary>
    public async Task<bool> SendNextAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Guid id;
        string zpl, printer;
        int attempts;
        string? host;
        int port;
        bool enabled;
        await using (var claim = new NpgsqlCommand(ClaimSql, connection, transaction))
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                await reader.DisposeAsync();
                await transaction.CommitAsync(cancellationToken);
                return false;
            }

            id = reader.GetGuid(0);
            zpl = reader.GetString(1);
            attempts = reader.GetInt32(2);
            printer = reader.IsDBNull(3) ? "(none)" : reader.GetString(3);
            host = reader.IsDBNull(4) ? null : reader.GetString(4);
            port = reader.IsDBNull(5) ? Printer.DefaultPort : reader.GetInt32(5);
            enabled = !reader.IsDBNull(6) && reader.GetBoolean(6);
        }

        string? error = null;
        try
        {
            if (host is null)
            {
                error = $"Printer {printer} is not registered";
            }
            else if (!enabled)
            {
                error = $"Printer {printer} is disabled";
            }
            else
            {
                await PrinterConnection.SendAsync(host, port, zpl, settings.AckTimeout, cancellationToken);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Unreachable host, refused connection, no answer to ~HS …: the job waits for its next attempt.
            error = exception.Message;
        }

        attempts++;
        if (error is null)
        {
            await UpdateAsync(connection, transaction, """
                UPDATE print_jobs SET state = 'printed', attempts = $2, printed_at = now(), next_attempt_at = NULL, last_error = NULL
                WHERE id = $1
                """, id, attempts, null, null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            PrintingMetrics.JobFinished(PrintJobStates.Printed);
            return true;
        }

        PrintingMetrics.AttemptFailed();
        var delays = settings.EffectiveRetryDelays;
        if (attempts <= delays.Count)
        {
            LogAttemptFailed(logger, id, printer, attempts, error);
            await UpdateAsync(connection, transaction, """
                UPDATE print_jobs SET attempts = $2, last_error = left($3, 2000), next_attempt_at = now() + $4
                WHERE id = $1
                """, id, attempts, error, delays[attempts - 1], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        LogMovedToManualQueue(logger, id, printer, attempts, error);
        await UpdateAsync(connection, transaction, """
            UPDATE print_jobs SET state = 'manual', attempts = $2, last_error = left($3, 2000), next_attempt_at = NULL
            WHERE id = $1
            """, id, attempts, error, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        PrintingMetrics.JobFinished(PrintJobStates.Manual);
        return true;
    }

    private static async Task UpdateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Guid id, int attempts, string? error, TimeSpan? delay,
        CancellationToken cancellationToken)
    {
        await using var update = new NpgsqlCommand(sql, connection, transaction);
        update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = attempts });
        if (error is not null)
        {
            update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        }

        if (delay is { } wait)
        {
            update.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = wait });
        }

        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Print dispatch failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Print job {Id} to {Printer} failed (attempt {Attempts}): {Error}; it will be retried")]
    private static partial void LogAttemptFailed(ILogger logger, Guid id, string printer, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Print job {Id} to {Printer} failed (attempt {Attempts}): {Error}; moved to the manual print queue")]
    private static partial void LogMovedToManualQueue(ILogger logger, Guid id, string printer, int attempts, string error);
}
