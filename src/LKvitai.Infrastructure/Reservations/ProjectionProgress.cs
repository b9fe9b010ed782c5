using LKvitai.Application.Reservations;
using Npgsql;

namespace LKvitai.Infrastructure.Reservations;

internal sealed class ProjectionProgress(
    NpgsqlDataSource dataSource, Projections.ProjectionStore projections, Microsoft.Extensions.Configuration.IConfiguration configuration) : IProjectionProgress
{
    private readonly int batchSize = Projections.ProjectionWorker.BatchSize(configuration);

    public async Task CatchUpAsync(string projection, CancellationToken cancellationToken)
    {
        if (Projections.ProjectionDefinitions.Find(projection) is { } definition)
        {
            await projections.ApplyNextAsync(definition, batchSize, instance: null, cancellationToken);
        }
    }

    /// <summary>True when the command's movements exist and every one lies at or behind the projection's checkpoint.</summary>
    public async Task<bool> HasAppliedCommandAsync(string projection, Guid commandId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT EXISTS (SELECT FROM stock_movements WHERE command_id = $2)
               AND NOT EXISTS (SELECT FROM stock_movements m, projection_checkpoints c
                               WHERE c.name = $1 AND m.command_id = $2 AND (m.tx_id, m.sequence) > (c.tx_position, c.sequence_position))
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = commandId });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
