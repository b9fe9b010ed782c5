using Hangfire;
using LKvitai.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LKvitai.Infrastructure.Projections;

/// <summary>
/// Runs every projection in this process — but only where it holds the projection's PostgreSQL advisory lock, so with
/// several API processes exactly one is active per projection and the others stand by to take over when it stops.
/// (Correctness does not rest on the lock: each step locks the checkpoint row, so two workers could never apply the
/// same movements twice.)
/// </summary>
internal sealed partial class ProjectionWorker(ProjectionStore store, IConfiguration configuration, ILogger<ProjectionWorker> logger)
    : BackgroundService
{
    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Names this worker in projection_checkpoints.active_instance.</summary>
    public string Instance => instance;

    private readonly int batchSize = BatchSize(configuration);

    /// <summary>How many movements one projection step applies (Projections:BatchSize, 2 000 by default).</summary>
    public static int BatchSize(IConfiguration configuration) => configuration.GetValue("Projections:BatchSize", 2000);

    // The advisory lock lives as long as its session: a connection of its own, never returned to a pool still holding it.
    private readonly string lockConnectionString = new NpgsqlConnectionStringBuilder(
        configuration.GetConnectionString(Persistence.ConnectionStringNames.App)) { Pooling = false }.ToString();
    private readonly TimeSpan idle = TimeSpan.FromMilliseconds(configuration.GetValue("Projections:PollMilliseconds", 50));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ProjectionDefinitions.All.Select(p => RunAsync(p, stoppingToken)).Append(ReportLagAsync(stoppingToken)));

    private async Task RunAsync(ProjectionDefinition projection, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lockConnection = new NpgsqlConnection(lockConnectionString);
                await lockConnection.OpenAsync(stoppingToken);
                await using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext($1))", lockConnection);
                tryLock.Parameters.AddWithValue("lkvitai.projection." + projection.Name);
                if (!(bool)(await tryLock.ExecuteScalarAsync(stoppingToken))!)
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken); // another process is active: stand by
                    continue;
                }

                LogActive(logger, projection.Name, instance);
                while (!stoppingToken.IsCancellationRequested && lockConnection.State == System.Data.ConnectionState.Open)
                {
                    var applied = await store.ApplyNextAsync(projection, batchSize, instance, stoppingToken);
                    if (applied < batchSize)
                    {
                        await Task.Delay(idle, stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception, projection.Name);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Refreshes the lag gauges once a second.</summary>
    private async Task ReportLagAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.StatusAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception, "lag report");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Projection {Projection} is active in {Instance}")]
    private static partial void LogActive(ILogger logger, string projection, string instance);

    [LoggerMessage(Level = LogLevel.Error, Message = "Projection {Projection} failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception, string projection);
}

/// <summary>The projections' administration port, and the Hangfire job that rebuilds one.</summary>
internal sealed class Projections(ProjectionStore store, IBackgroundJobClient jobs) : IProjections
{
    public bool Exists(string name) => ProjectionDefinitions.Find(name) is not null;

    public Task<IReadOnlyList<ProjectionStatusDto>> StatusAsync(CancellationToken cancellationToken) => store.StatusAsync(cancellationToken);

    public async Task<long> RequestRebuildAsync(string name, string requestedBy, CancellationToken cancellationToken)
    {
        var id = await store.CreateRebuildAsync(name, requestedBy, cancellationToken);
        jobs.Enqueue<ProjectionRebuildJob>(job => job.RunAsync(id, name, CancellationToken.None));
        return id;
    }

    public Task<ProjectionRebuildDto?> GetRebuildAsync(long id, CancellationToken cancellationToken) => store.GetRebuildAsync(id, cancellationToken);
}

public sealed class ProjectionRebuildJob
{
    private readonly ProjectionStore store;

    internal ProjectionRebuildJob(ProjectionStore store) => this.store = store;

    public async Task RunAsync(long id, string projection, CancellationToken cancellationToken)
    {
        var definition = ProjectionDefinitions.Find(projection) ?? throw new InvalidOperationException($"Unknown projection {projection}");
        try
        {
            var (rows, differences, samples) = await store.RebuildAsync(definition, cancellationToken);
            await store.FinishRebuildAsync(id, differences == 0 ? "equal" : "differed", rows, differences, samples, null);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            await store.FinishRebuildAsync(id, "failed", null, null, null, exception.Message);
            throw;
        }
    }
}
