using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LKvitai.Infrastructure.Jobs;

public sealed class TimeTravelOptions
{
    public const string Section = "TimeTravel";

    /// <summary>A new snapshot when the newest is older than this (bounds the movements a time-travel query adds up).</summary>
    public int SnapshotIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// Snapshots stay this far behind the present: a ledger transaction (bounded by the ledger role's timeouts) may
    /// commit a movement stamped up to this long ago, and a snapshot must already contain every movement before it.
    /// </summary>
    public int SafetyLagMinutes { get; set; } = 5;
}

/// <summary>Hangfire job: adds a balance snapshot built from the previous one plus the movements since.</summary>
public sealed partial class StockSnapshotJob(
    NpgsqlDataSource dataSource, IOptions<TimeTravelOptions> options, TimeProvider clock, ILogger<StockSnapshotJob> logger)
{
    public const string RecurringJobId = "stock-snapshot";

    private const string Sql = """
        WITH previous AS (SELECT id, taken_at FROM stock_snapshots WHERE id <> $2 ORDER BY taken_at DESC LIMIT 1),
        moves AS (
            SELECT * FROM stock_movements WHERE occurred_at > (SELECT taken_at FROM previous) AND occurred_at <= $1)
        INSERT INTO stock_snapshot_balances (snapshot_id, location_id, sku, quantity)
        SELECT $2, location_id, sku, sum(quantity) FROM (
            SELECT location_id, sku, quantity FROM stock_snapshot_balances WHERE snapshot_id = (SELECT id FROM previous)
            UNION ALL SELECT to_location_id, sku, quantity FROM moves
            UNION ALL SELECT from_location_id, sku, -quantity FROM moves) d
        GROUP BY location_id, sku HAVING sum(quantity) <> 0
        """;

    /// <summary>Takes a snapshot at (now − safety lag) when the newest one is older than the interval.</summary>
    public async Task<int?> RunAsync(CancellationToken cancellationToken)
    {
        var upTo = clock.GetUtcNow() - TimeSpan.FromMinutes(options.Value.SafetyLagMinutes);
        await using var latest = dataSource.CreateCommand("SELECT max(taken_at) FROM stock_snapshots");
        var newest = await latest.ExecuteScalarAsync(cancellationToken) as DateTime?;
        if (newest is { } taken && upTo - new DateTimeOffset(taken, TimeSpan.Zero) < TimeSpan.FromMinutes(options.Value.SnapshotIntervalMinutes))
        {
            return null;
        }

        return await TakeAsync(upTo, cancellationToken);
    }

    /// <summary>A snapshot holding every movement up to <paramref name="upTo"/>; callers guarantee nothing older is still uncommitted.</summary>
    public async Task<int?> TakeAsync(DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var create = new NpgsqlCommand(
            "INSERT INTO stock_snapshots (taken_at, rows) SELECT $1, 0 WHERE $1 > (SELECT max(taken_at) FROM stock_snapshots) RETURNING id",
            connection, transaction);
        create.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = upTo.ToUniversalTime() });
        if (await create.ExecuteScalarAsync(cancellationToken) is not long id)
        {
            LogSnapshot(logger, upTo, null);
            return null;
        }

        await using var fill = new NpgsqlCommand(Sql, connection, transaction);
        fill.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = upTo.ToUniversalTime() });
        fill.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        var rows = await fill.ExecuteNonQueryAsync(cancellationToken);
        await using var count = new NpgsqlCommand("UPDATE stock_snapshots SET rows = $2 WHERE id = $1", connection, transaction);
        count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = rows });
        await count.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSnapshot(logger, upTo, rows);
        return rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stock snapshot at {UpTo}: {Rows} balances (null: not newer than the last)")]
    private static partial void LogSnapshot(ILogger logger, DateTimeOffset upTo, int? rows);
}
