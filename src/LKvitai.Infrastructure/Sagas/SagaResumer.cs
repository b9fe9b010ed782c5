using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Sagas;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;

namespace LKvitai.Infrastructure.Sagas;

/// <summary>
/// Picks up sagas whose runner died (lease run out) and runs them on, in any API process; exports sagas waiting for a
/// manager (stuck more than 5 minutes, or failed) as a gauge — for receipts these are the orphan alerts.
/// </summary>
internal sealed partial class SagaResumer(
    IServiceScopeFactory scopes, IConfiguration configuration, IOptions<SagaOptions> options, ILogger<SagaResumer> logger) : BackgroundService
{
    private static readonly Gauge Alerts = Metrics.CreateGauge(
        "lkvitai_saga_alerts", "Sagas stuck more than 5 minutes or failed, waiting for a manager; type=receipt are the orphan alerts.",
        new GaugeConfiguration { LabelNames = ["type"] });

    private static readonly Counter Resumed = Metrics.CreateCounter("lkvitai_sagas_resumed_total", "Sagas resumed after their runner stopped.",
        new CounterConfiguration { LabelNames = ["type"] });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Sagas:ResumeIntervalSeconds", 10)));
        do
        {
            try
            {
                await ResumeAllAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogResumeFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ResumeAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISagaStore>();
        foreach (var type in scope.ServiceProvider.GetServices<IResumableSaga>().Select(s => s.Type).Distinct())
        {
            foreach (var id in await store.AbandonedAsync(type, cancellationToken))
            {
                await using var sagaScope = scopes.CreateAsyncScope();
                await sagaScope.ServiceProvider.GetServices<IResumableSaga>().First(s => s.Type == type).ResumeAsync(id, cancellationToken);
                Resumed.WithLabels(type).Inc();
            }

            Alerts.WithLabels(type).Set((await store.AlertsAsync(type, TimeSpan.FromSeconds(options.Value.StuckAfterSeconds), cancellationToken)).Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming abandoned sagas failed; trying again at the next tick")]
    private partial void LogResumeFailed(Exception exception);
}
