using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.FeatureFlags;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Infrastructure.FeatureFlags;

/// <summary>
/// Evaluates flags from the database. Rules are read at most once a second per process, so an administrator's change
/// reaches every API process within a second without a query on every request.
/// </summary>
internal sealed class FeatureFlagEvaluator(IServiceScopeFactory scopes, TimeProvider clock) : IFeatureFlagEvaluator, IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim refreshLock = new(1, 1);
    private (DateTimeOffset ReadAt, IReadOnlyDictionary<string, FeatureFlagRule> Rules)? cache;

    public async Task<bool> IsOnForAsync(string flagKey, string subject, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(cancellationToken);
        return rules.TryGetValue(flagKey, out var rule) && rule.IsOnFor(subject);
    }

    public async Task<IReadOnlyDictionary<string, bool>> EvaluateAllAsync(string subject, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(cancellationToken);
        return rules.Values.OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(r => r.Key, r => r.IsOnFor(subject), StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, FeatureFlagRule>> RulesAsync(CancellationToken cancellationToken)
    {
        var current = cache;
        if (current is { } fresh && clock.GetUtcNow() - fresh.ReadAt < RefreshInterval)
        {
            return fresh.Rules;
        }

        await refreshLock.WaitAsync(cancellationToken);
        try
        {
            if (cache is { } other && clock.GetUtcNow() - other.ReadAt < RefreshInterval)
            {
                return other.Rules;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IWmsDbContext>();
            var flags = await db.FeatureFlags.AsNoTracking().ToListAsync(cancellationToken);
            var rules = flags.ToDictionary(
                f => f.Key, f => new FeatureFlagRule(f.Key, f.Enabled, f.RolloutPercentage, f.UserWhitelist), StringComparer.Ordinal);
            cache = (clock.GetUtcNow(), rules);
            return rules;
        }
        finally
        {
            refreshLock.Release();
        }
    }

    public void Invalidate() => cache = null;

    public void Dispose() => refreshLock.Dispose();
}
