using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LKvitai.Api.Observability;

/// <summary>Ready = the database answers and every migration this build knows is applied.</summary>
internal sealed class DatabaseReadinessCheck(WmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Database reachable; schema up to date")
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable", exception);
        }
    }
}
