using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Receiving;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace LKvitai.Infrastructure.Sagas;

/// <summary>
/// Picks up sagas whose runner died (lease run out) and runs them on, in any API process; exports the number of
/// receipts waiting for a manager (stuck more than 5 minutes, or failed) as the orphan-alert gauge.
/// </summary>
internal sealed partial class SagaResumer(
    IServiceScopeFactory scopes, IConfiguration configuration, Microsoft.Extensions.Options.IOptions<SagaOptions> options, ILogger<SagaResumer> logger)
    : BackgroundService
{
    private static readonly Gauge Alerts = Metrics.CreateGauge(
        "lkvitai_receipt_alerts", "Receipts stuck more than 5 minutes or failed, waiting for a manager (orphan alerts).");

    private static readonly Counter Resumed = Metrics.CreateCounter("lkvitai_sagas_resumed_total", "Sagas resumed after their runner stopped.",
        new CounterConfiguration { LabelNames = ["type"] });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Sagas:ResumeIntervalSeconds", 10));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<ISagaStore>();
                foreach (var id in await store.AbandonedAsync(ReceiptSaga.Type, stoppingToken))
                {
                    await using var sagaScope = scopes.CreateAsyncScope();
                    await sagaScope.ServiceProvider.GetRequiredService<ReceiptSaga>().RunAsync(id, reverse: false, stoppingToken);
                    Resumed.WithLabels(ReceiptSaga.Type).Inc();
                }

                Alerts.Set((await store.AlertsAsync(ReceiptSaga.Type, TimeSpan.FromSeconds(options.Value.StuckAfterSeconds), stoppingToken)).Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogResumeFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming abandoned sagas failed; trying again at the next tick")]
    private partial void LogResumeFailed(Exception exception);
}
