using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Common.Interfaces;
using Npgsql;

namespace LKvitai.Infrastructure.Sagas;

/// <summary>
/// A saga's own bookkeeping — start, lease, step done, status — committed without waiting for the disk
/// (<c>synchronous_commit = off</c>): every step is idempotent and its business transaction commits durably, which also
/// makes all bookkeeping written before it durable (the WAL is one sequence). A server crash can therefore lose only the
/// last bookkeeping rows, and then a step that did take effect is run again and finds its work done. That saves a disk
/// flush per step on every receipt, transfer, allocation and pick. A manager's resolution stays a durable commit.
/// </summary>
internal sealed class SagaBookkeeping(NpgsqlDataSource source) : IAsyncDisposable, IDisposable
{
    public NpgsqlDataSource Source { get; } = source;

    public ValueTask DisposeAsync() => Source.DisposeAsync();

    public void Dispose() => Source.Dispose();
}

internal sealed class SagaStore(NpgsqlDataSource dataSource, SagaBookkeeping bookkeeping) : ISagaStore
{
    private readonly NpgsqlDataSource fast = bookkeeping.Source;

    private static readonly Prometheus.Counter Finished = Prometheus.Metrics.CreateCounter(
        "lkvitai_sagas_completed_total", "Sagas finished, by type and outcome (completed, compensated).",
        new Prometheus.CounterConfiguration { LabelNames = ["type", "outcome"] });

    private const string Columns = """
        s.id, s.saga_type, s.status, s.next_step, s.data::text, s.error_code, s.error_detail, s.created_by, s.created_at, s.updated_at,
        coalesce((SELECT jsonb_agg(jsonb_build_object('step', t.step, 'direction', t.direction, 'name', t.name, 'completedAt', t.completed_at)
                  ORDER BY t.completed_at, t.step) FROM saga_steps t WHERE t.saga_id = s.id), '[]')::text,
        s.resolution, s.resolved_by
        """;

    public async Task<SagaState> StartAsync(Guid id, string type, object data, string createdBy, CancellationToken cancellationToken)
    {
        await using var command = fast.CreateCommand(
            "INSERT INTO sagas (id, saga_type, status, data, created_by) VALUES ($1, $2, 'running', $3::jsonb, $4) ON CONFLICT (id) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Json(data) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = createdBy });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (await GetAsync(id, cancellationToken))!;
    }

    public async Task<SagaState?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM sagas s WHERE s.id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> ClaimAsync(Guid id, string runner, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = fast.CreateCommand("""
            UPDATE sagas SET lease_owner = $2, lease_until = now() + make_interval(secs => $3)
            WHERE id = $1 AND (lease_until IS NULL OR lease_until < now() OR lease_owner = $2)
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runner });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = lease.TotalSeconds });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CompleteStepAsync(Guid id, int step, string direction, string name, int nextStep, string status, CancellationToken cancellationToken)
    {
        await using var batch = fast.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "INSERT INTO saga_steps (saga_id, step, direction, name) VALUES ($1, $2, $3, $4)")
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = id }, new NpgsqlParameter<int> { TypedValue = step },
                new NpgsqlParameter<string> { TypedValue = direction }, new NpgsqlParameter<string> { TypedValue = name },
            },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE sagas SET next_step = $2, status = $3, updated_at = now() WHERE id = $1")
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = id }, new NpgsqlParameter<int> { TypedValue = nextStep },
                new NpgsqlParameter<string> { TypedValue = status },
            },
        });
        await batch.ExecuteNonQueryAsync(cancellationToken); // a batch is one implicit transaction
        if (status is SagaStatuses.Completed or SagaStatuses.Compensated)
        {
            Finished.WithLabels(await TypeOfAsync(id, cancellationToken), status).Inc();
        }
    }

    private async Task<string> TypeOfAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT saga_type FROM sagas WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "unknown";
    }

    public async Task SetStatusAsync(Guid id, string status, string? errorCode, string? errorDetail, CancellationToken cancellationToken)
    {
        await using var command = fast.CreateCommand(
            "UPDATE sagas SET status = $2, error_code = coalesce($3, error_code), error_detail = coalesce($4, error_detail), updated_at = now() WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = status });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)errorCode ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)errorDetail ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(Guid id, string runner, CancellationToken cancellationToken)
    {
        await using var command = fast.CreateCommand("UPDATE sagas SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runner });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> AbandonedAsync(string type, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id FROM sagas WHERE saga_type = $1 AND status IN ('running', 'compensating') AND resolution IS NULL
              AND (lease_until IS NULL OR lease_until < now()) AND updated_at < now() - interval '2 seconds'
            ORDER BY updated_at LIMIT 50
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public async Task<IReadOnlyList<SagaState>> AlertsAsync(string type, TimeSpan stuckAfter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM sagas s
            WHERE s.saga_type = $1 AND s.resolution IS NULL
              AND (s.status = 'failed' OR (s.status IN ('running', 'compensating') AND s.updated_at < now() - make_interval(secs => $2)))
            ORDER BY s.created_at LIMIT 200
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = stuckAfter.TotalSeconds });
        return await ReadAsync(command, cancellationToken);
    }

    public async Task ResolveAsync(Guid id, string resolution, string resolvedBy, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE sagas SET resolution = $2, resolved_by = $3, resolved_at = now() WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = resolution });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = resolvedBy });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<SagaState> Items, int Total)> ListAsync(string type, string? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var count = dataSource.CreateCommand("SELECT count(*)::int FROM sagas WHERE saga_type = $1 AND ($2::varchar IS NULL OR status = $2)");
        count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        count.Parameters.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        var total = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM sagas s WHERE s.saga_type = $1 AND ($2::varchar IS NULL OR s.status = $2)
            ORDER BY s.created_at DESC LIMIT $3 OFFSET $4
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)status ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pageSize });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (page - 1) * pageSize });
        return (await ReadAsync(command, cancellationToken), total);
    }

    public async Task<IReadOnlyList<SagaState>> ByDataAsync(string type, string field, string value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM sagas s WHERE s.saga_type = $1 AND s.data ->> $2 = $3 ORDER BY s.created_at");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = field });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<List<SagaState>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var states = new List<SagaState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            states.Add(new SagaState(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                JsonDocument.Parse(reader.GetString(4)).RootElement.Clone(), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8),
                reader.GetFieldValue<DateTimeOffset>(9),
                JsonSerializer.Deserialize<List<SagaStepRecord>>(reader.GetString(10), IdempotencyBehaviourJson.Options) ?? [],
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetString(12)));
        }

        return states;
    }

    private static string Json(object data) => JsonSerializer.Serialize(data, data.GetType(), IdempotencyBehaviourJson.Options);
}

/// <summary>Production has no faults to inject.</summary>
internal sealed class NoSagaFaults : ISagaFaultInjector
{
    public void AfterStep(Guid sagaId, string step)
    {
    }
}
