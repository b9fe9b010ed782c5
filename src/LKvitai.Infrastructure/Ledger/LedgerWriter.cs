using System.Threading.Channels;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;
using Prometheus;

namespace LKvitai.Infrastructure.Ledger;

/// <summary>A command waiting for the ledger: what to append, its idempotency record, and its stored result's shape.</summary>
internal sealed record LedgerRequest(
    LedgerAppend Append, PendingIdempotencyRecord? Idempotency, Func<IReadOnlyList<RecordedMovement>, object> StoredResult)
{
    public TaskCompletionSource<Result<IReadOnlyList<RecordedMovement>>> Done { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit: the commands of concurrent requests that arrive while a transaction is being written are gathered and
/// written together in the next transaction, one savepoint each (so a refused command leaves the others intact), and
/// the group pays for one durable commit instead of one each. Every request still gets its own answer, only after the
/// commit. A handful of writers run side by side; each holds at most one transaction open.
/// </summary>
internal sealed partial class LedgerWriter : IAsyncDisposable
{
    private static readonly Histogram GroupSize = Metrics.CreateHistogram(
        "lkvitai_ledger_group_size", "Commands written per ledger transaction (group commit).",
        new HistogramConfiguration { Buckets = [1, 2, 4, 8, 16, 32, 64, 128] });

    private static readonly Histogram AppendLatency = Metrics.CreateHistogram(
        "lkvitai_ledger_append_seconds", "From a command reaching the ledger to its commit (movement append latency).",
        new HistogramConfiguration { Buckets = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });

    private readonly Channel<LedgerRequest> queue = Channel.CreateUnbounded<LedgerRequest>(new UnboundedChannelOptions { SingleReader = false });
    private readonly LedgerDataSource dataSource;
    private readonly ILogger<LedgerWriter> logger;
    private readonly int maximumGroup;
    private readonly Task[] writers;

    public LedgerWriter(LedgerDataSource dataSource, IConfiguration configuration, ILogger<LedgerWriter> logger)
    {
        this.dataSource = dataSource;
        this.logger = logger;
        maximumGroup = Math.Clamp(configuration.GetValue("Ledger:MaximumGroup", 50), 1, 60); // below 64 open subtransactions
        writers = Enumerable.Range(0, Math.Clamp(configuration.GetValue("Ledger:Writers", 1), 1, 16))
            .Select(_ => Task.Run(RunAsync)).ToArray();
    }

    public async Task<Result<IReadOnlyList<RecordedMovement>>> SubmitAsync(LedgerRequest request, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (!queue.Writer.TryWrite(request))
        {
            throw new InvalidOperationException("The ledger writer is shutting down");
        }

        // Not cancellable once queued: the command may already be written; the caller learns the outcome either way.
        var result = await request.Done.Task;
        AppendLatency.Observe(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return result;
    }

    private async Task RunAsync()
    {
        var group = new List<LedgerRequest>(maximumGroup);
        while (await queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < maximumGroup && queue.Reader.TryRead(out var request))
            {
                group.Add(request);
            }

            if (group.Count > 0)
            {
                await WriteGroupAsync(group);
            }
        }
    }

    private async Task WriteGroupAsync(List<LedgerRequest> group)
    {
        GroupSize.Observe(group.Count);
        var outcomes = new (Result<IReadOnlyList<RecordedMovement>>? Result, Exception? Failure)[group.Count];
        try
        {
            await using var connection = await dataSource.Source.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < group.Count; i++)
            {
                await transaction.SaveAsync("command");
                try
                {
                    var result = await StockLedger.ExecuteAsync(connection, transaction, group[i], CancellationToken.None);
                    if (result.IsSuccess)
                    {
                        await transaction.ReleaseAsync("command");
                    }
                    else
                    {
                        await transaction.RollbackAsync("command");
                    }

                    outcomes[i] = (result, null);
                }
                catch (PostgresException exception) when (!exception.IsTransient || exception.SqlState is PostgresErrorCodes.DeadlockDetected)
                {
                    // This command alone failed (a duplicate command id, a deadlock with another process …): undo it, keep the rest.
                    await transaction.RollbackAsync("command");
                    outcomes[i] = (null, exception);
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception exception)
        {
            // The transaction as a whole failed (connection lost, commit refused): nobody in the group was written —
            // or, if the connection died during the commit, perhaps all were; a retry with the same command id settles it.
            LogGroupFailed(logger, exception, group.Count);
            foreach (var request in group)
            {
                request.Done.TrySetException(exception);
            }

            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (outcomes[i].Failure is { } failure)
            {
                group[i].Done.TrySetException(failure);
            }
            else
            {
                group[i].Done.TrySetResult(outcomes[i].Result!.Value);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(writers);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A ledger transaction of {Count} commands failed")]
    private static partial void LogGroupFailed(ILogger logger, Exception exception, int count);
}
