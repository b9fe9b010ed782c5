using Prometheus;

namespace LKvitai.Infrastructure.Integrations.Printing;

internal static class PrintingMetrics
{
    private static readonly Counter Failures = Metrics.CreateCounter(
        "lkvitai_print_failures_total", "Attempts to send a label that failed (no connection, no answer to ~HS, printer disabled).");

    private static readonly Counter Jobs = Metrics.CreateCounter(
        "lkvitai_print_jobs_total", "Print jobs that finished: printed by the printer, or moved to the manual print queue.",
        new CounterConfiguration { LabelNames = ["outcome"] });

    public static void AttemptFailed() => Failures.Inc();

    public static void JobFinished(string outcome) => Jobs.WithLabels(outcome).Inc();
}
