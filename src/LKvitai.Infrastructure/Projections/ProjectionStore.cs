using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using Npgsql;
using Prometheus;

namespace LKvitai.Infrastructure.Projections;

/// <summary>The SQL of the projection runtime: apply the next batch, report lag, rebuild and compare.</summary>
internal sealed class ProjectionStore(NpgsqlDataSource dataSource)
{
    private static readonly Gauge LagSeconds = Metrics.CreateGauge(
        "lkvitai_projection_lag_seconds", "Age of the oldest movement a projection has not applied yet (0 when caught up).",
        new GaugeConfiguration { LabelNames = ["projection"] });

    private static readonly Gauge LagMovements = Metrics.CreateGauge(
        "lkvitai_projection_lag_movements", "Committed movements a projection has not applied yet.",
        new GaugeConfiguration { LabelNames = ["projection"] });

    private static readonly Counter Applied = Metrics.CreateCounter(
        "lkvitai_projection_applied_total", "Movements applied by a projection.", new CounterConfiguration { LabelNames = ["projection"] });

    private static readonly Counter Rebuilds = Metrics.CreateCounter(
        "lkvitai_projection_rebuilds_total", "Projection rebuilds, by projection and outcome.",
        new CounterConfiguration { LabelNames = ["projection", "outcome"] });

    /// <summary>
    /// One step: under the checkpoint's row lock, take the next movements after the checkpoint from transactions older
    /// than every transaction still running (nothing can commit before them any more), add them to the read model and
    /// move the checkpoint — all in one statement, so a step is applied exactly once or not at all. Without an instance
    /// (someone waiting for the projection helps it along) the active worker's name and heartbeat are left as they are.
    /// </summary>
    public async Task<int> ApplyNextAsync(ProjectionDefinition projection, int batchSize, string? instance, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH ck AS (
                SELECT tx_position, sequence_position FROM projection_checkpoints WHERE name = $1 FOR UPDATE),
            batch AS MATERIALIZED (
                -- LATERAL: the checkpoint becomes the start of an index range scan on (tx_id, sequence) in each partition;
                -- as a plain join condition it was only a filter, and every poll read the whole ledger up to the checkpoint.
                SELECT m.* FROM ck CROSS JOIN LATERAL (
                    SELECT * FROM stock_movements s
                    WHERE (s.tx_id, s.sequence) > (ck.tx_position, ck.sequence_position)
                      AND s.tx_id < pg_snapshot_xmin(pg_current_snapshot())
                    ORDER BY s.tx_id, s.sequence LIMIT $2) m),
            applied AS (
                INSERT INTO {projection.Table} AS p ({projection.KeyColumns}, quantity, updated_at)
                SELECT f.*, now() FROM ({projection.Compute("batch")}) f
                ON CONFLICT ({projection.KeyColumns}) DO UPDATE SET quantity = p.quantity + EXCLUDED.quantity, updated_at = now()),
            last AS (SELECT tx_id, sequence FROM batch ORDER BY tx_id DESC, sequence DESC LIMIT 1)
            UPDATE projection_checkpoints c
            SET tx_position = coalesce((SELECT tx_id FROM last), c.tx_position),
                sequence_position = coalesce((SELECT sequence FROM last), c.sequence_position),
                processed = c.processed + (SELECT count(*) FROM batch),
                active_instance = coalesce($3, c.active_instance), heartbeat_at = CASE WHEN $3 IS NULL THEN c.heartbeat_at ELSE now() END,
                updated_at = CASE WHEN EXISTS (SELECT FROM batch) THEN now() ELSE c.updated_at END
            WHERE c.name = $1
            RETURNING (SELECT count(*) FROM batch)::int
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection.Name });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)instance ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        var applied = (int)(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
        Applied.WithLabels(projection.Name).Inc(applied);
        return applied;
    }

    public async Task<IReadOnlyList<ProjectionStatusDto>> StatusAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT c.name, c.processed, c.active_instance, c.heartbeat_at, c.updated_at,
                   (SELECT count(*) FROM (SELECT 1 FROM stock_movements m
                       WHERE (m.tx_id, m.sequence) > (c.tx_position, c.sequence_position) LIMIT 1000000) x)::bigint,
                   coalesce(extract(epoch FROM clock_timestamp() - (SELECT min(occurred_at) FROM stock_movements m
                       WHERE (m.tx_id, m.sequence) > (c.tx_position, c.sequence_position))), 0)::float8
            FROM projection_checkpoints c ORDER BY c.name
            """);
        var statuses = new List<ProjectionStatusDto>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var status = new ProjectionStatusDto(
                reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.GetInt64(5), Math.Round(reader.GetDouble(6), 3));
            LagMovements.WithLabels(status.Name).Set(status.LagMovements);
            LagSeconds.WithLabels(status.Name).Set(status.LagSeconds);
            statuses.Add(status);
        }

        return statuses;
    }

    /// <summary>
    /// Recomputes the read model from the ledger up to the live checkpoint (holding it, so the worker waits), compares
    /// the result with the live table row by row and field by field, then replaces the live rows with the recomputed ones.
    /// </summary>
    public async Task<(int Rows, int Differences, IReadOnlyList<string> Samples)> RebuildAsync(
        ProjectionDefinition projection, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute($"""
            CREATE TEMP TABLE fresh ON COMMIT DROP AS
            WITH ck AS (SELECT tx_position, sequence_position FROM projection_checkpoints WHERE name = '{projection.Name}' FOR UPDATE),
            upto AS (SELECT m.* FROM stock_movements m, ck WHERE (m.tx_id, m.sequence) <= (ck.tx_position, ck.sequence_position))
            {projection.Compute("upto")}
            """);
        var keys = projection.KeyColumns;
        var differences = new List<string>();
        await using (var compare = new NpgsqlCommand($"""
            SELECT format('%s: rebuilt %s, live %s', concat_ws('/', {keys}), coalesce(f.quantity, 0), coalesce(p.quantity, 0))
            FROM fresh f FULL JOIN {projection.Table} p USING ({keys})
            WHERE coalesce(f.quantity, 0) <> coalesce(p.quantity, 0)
            """, connection, transaction))
        await using (var reader = await compare.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                differences.Add(reader.GetString(0));
            }
        }

        await Execute($"DELETE FROM {projection.Table}");
        var rows = await Execute($"INSERT INTO {projection.Table} ({keys}, quantity, updated_at) SELECT {keys}, quantity, now() FROM fresh");
        await transaction.CommitAsync(cancellationToken);
        Rebuilds.WithLabels(projection.Name, differences.Count == 0 ? "equal" : "differed").Inc();
        return (rows, differences.Count, differences.Take(20).ToList());

        async Task<int> Execute(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<long> CreateRebuildAsync(string projection, string requestedBy, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO projection_rebuilds (projection, requested_by, requested_at, state) VALUES ($1, $2, now(), 'queued') RETURNING id");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = requestedBy });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task FinishRebuildAsync(long id, string state, int? rows, int? differences, IReadOnlyList<string>? samples, string? error)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE projection_rebuilds SET state = $2, rows_rebuilt = $3, differences = $4, difference_samples = $5::jsonb,
                   error = $6, finished_at = now() WHERE id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = state });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)rows ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)differences ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = samples is null ? DBNull.Value : JsonSerializer.Serialize(samples), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<ProjectionRebuildDto?> GetRebuildAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, projection, requested_by, requested_at, finished_at, state, rows_rebuilt, differences,
                   coalesce(difference_samples::text, '[]'), error
            FROM projection_rebuilds WHERE id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ProjectionRebuildDto(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetInt32(7),
            JsonSerializer.Deserialize<List<string>>(reader.GetString(8)) ?? [], reader.IsDBNull(9) ? null : reader.GetString(9));
    }
}
