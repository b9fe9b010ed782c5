using LKvitai.Application.Common.Interfaces;
using Prometheus;

namespace LKvitai.Infrastructure.Observability;

/// <summary>Command and query latency per message type (histogram) and failures per code.</summary>
internal sealed class CommandMetrics : ICommandMetrics
{
    private static readonly Histogram Duration = Metrics.CreateHistogram(
        "lkvitai_command_duration_seconds",
        "Time to handle a command or query through the whole pipeline, by message type and outcome.",
        new HistogramConfiguration
        {
            LabelNames = ["message_type", "outcome"],
            Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
        });

    private static readonly Counter Errors = Metrics.CreateCounter(
        "lkvitai_command_errors_total",
        "Commands and queries that did not succeed, by message type and error code ('exception' for unexpected failures).",
        new CounterConfiguration { LabelNames = ["message_type", "code"] });

    public void Observe(string messageType, string outcome, TimeSpan elapsed)
    {
        var success = outcome is "success" or "replay";
        Duration.WithLabels(messageType, success ? outcome : "failure").Observe(elapsed.TotalSeconds);
        if (!success)
        {
            Errors.WithLabels(messageType, outcome).Inc();
        }
    }
}
