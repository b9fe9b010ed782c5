using LKvitai.Application.Reservations;
using Prometheus;

namespace LKvitai.Infrastructure.Observability;

internal sealed class ReservationMetrics : IReservationMetrics
{
    private static readonly Counter CreatedTotal = Metrics.CreateCounter("lkvitai_reservations_created_total", "Reservations created (per day: increase over 1d).");

    private static readonly Counter Allocations = Metrics.CreateCounter(
        "lkvitai_allocations_total", "Allocation runs by outcome (allocated, failed); failure rate = failed / all.",
        new CounterConfiguration { LabelNames = ["outcome"] });

    private static readonly Counter Conflicts = Metrics.CreateCounter(
        "lkvitai_start_picking_conflicts_total", "StartPicking refused because the stock was hard-locked by another reservation.");

    private static readonly Counter BumpedTotal = Metrics.CreateCounter("lkvitai_reservations_bumped_total", "SOFT reservations bumped.");

    private static readonly Histogram PickDuration = Metrics.CreateHistogram(
        "lkvitai_pick_duration_seconds", "One pick end to end (movement, projection caught up, reservation updated); count = picks.",
        new HistogramConfiguration { Buckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    public void Created() => CreatedTotal.Inc();

    public void Allocation(bool allocated) => Allocations.WithLabels(allocated ? "allocated" : "failed").Inc();

    public void StartPickingConflict() => Conflicts.Inc();

    public void Bumped(int count) => BumpedTotal.Inc(count);

    public void Picked(TimeSpan took) => PickDuration.Observe(took.TotalSeconds);
}
