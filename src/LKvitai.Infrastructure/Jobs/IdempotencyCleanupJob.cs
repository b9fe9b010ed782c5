using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LKvitai.Infrastructure.Jobs;

public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a command id is remembered; never less than 7 days.</summary>
    public int RetentionDays { get; set; } = 7;
}

/// <summary>Daily Hangfire job: forgets command ids older than the retention period (at least 7 days).</summary>
public sealed partial class IdempotencyCleanupJob(
    WmsDbContext db, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyCleanupJob> logger)
{
    public const string RecurringJobId = "idempotency-cleanup";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var retention = TimeSpan.FromDays(Math.Max(7, options.Value.RetentionDays));
        var cutoff = clock.GetUtcNow() - retention;
        var deleted = await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        LogDeleted(logger, deleted, cutoff);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Idempotency clean-up removed {Deleted} records older than {Cutoff}")]
    private static partial void LogDeleted(ILogger logger, int deleted, DateTimeOffset cutoff);
}
