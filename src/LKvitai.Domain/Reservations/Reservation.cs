using LKvitai.Domain.Common;

namespace LKvitai.Domain.Reservations;

public enum ReservationStatus
{
    Pending,
    Allocated,
    Picking,
    Consumed,
    Cancelled,
    Bumped,
}

public enum LockKind
{
    Soft,
    Hard,
}

public sealed record ReservationLine(string Sku, decimal Quantity);

/// <summary>Stock set aside for a reservation in one handling unit (or loose, <see cref="Guid.Empty"/>) at one bin.</summary>
public sealed record StockLock(string Location, string Sku, Guid HandlingUnit, decimal Quantity, LockKind Kind);

/// <summary>An event of a reservation's stream, kept forever; <see cref="Version"/> is its place in the stream.</summary>
public sealed record ReservationEvent(int Version, string Type, ReservationStatus StatusAfter, string? Reason);

/// <summary>
/// A reservation's state machine: PENDING → ALLOCATED (SOFT locks) → PICKING (HARD locks) → CONSUMED; CANCELLED by an
/// explicit action from PENDING, ALLOCATED or PICKING; BUMPED (SOFT only) from ALLOCATED or PENDING. A HARD lock is never
/// bumped and never expires. Each transition answers with the event to append at the next version.
/// </summary>
public sealed record Reservation(
    Guid Id, string Purpose, string? Reference, int Priority, ReservationStatus Status, int Version, IReadOnlyList<ReservationLine> Lines)
{
    public static Result<(Reservation Reservation, ReservationEvent Event)> Create(
        Guid id, string purpose, string? reference, int priority, IReadOnlyList<ReservationLine> lines)
    {
        if (lines.Count == 0 || lines.Any(l => l.Quantity <= 0))
        {
            return ReservationErrors.NeedsLines;
        }

        var created = new Reservation(id, purpose, reference, priority, ReservationStatus.Pending, 1, lines);
        return (created, new ReservationEvent(1, "ReservationCreated", ReservationStatus.Pending, null));
    }

    public Result<(Reservation Reservation, ReservationEvent Event)> Allocate() =>
        Move([ReservationStatus.Pending, ReservationStatus.Allocated, ReservationStatus.Bumped], ReservationStatus.Allocated, "ReservationAllocated", null);

    /// <summary>Allocation found too little: the reservation stays (or goes back to) PENDING, with the reason.</summary>
    public Result<(Reservation Reservation, ReservationEvent Event)> AllocationFailed(string reason) =>
        Move([ReservationStatus.Pending, ReservationStatus.Allocated, ReservationStatus.Bumped], ReservationStatus.Pending, "AllocationFailed", reason);

    /// <summary>From ALLOCATED only; a BUMPED reservation lost its stock to a HARD lock or a higher priority: 409.</summary>
    public Result<(Reservation Reservation, ReservationEvent Event)> StartPicking() =>
        Status == ReservationStatus.Bumped
            ? ReservationErrors.HardLocked
            : Move([ReservationStatus.Allocated], ReservationStatus.Picking, "PickingStarted", null);

    /// <summary>A pick of part of the reservation was booked; it stays PICKING.</summary>
    public Result<(Reservation Reservation, ReservationEvent Event)> RecordPick(string detail) =>
        Move([ReservationStatus.Picking], ReservationStatus.Picking, "PickRecorded", detail);

    public Result<(Reservation Reservation, ReservationEvent Event)> Consume() =>
        Move([ReservationStatus.Picking], ReservationStatus.Consumed, "ReservationConsumed", null);

    public Result<(Reservation Reservation, ReservationEvent Event)> Cancel(string reason) =>
        Move([ReservationStatus.Pending, ReservationStatus.Allocated, ReservationStatus.Picking, ReservationStatus.Bumped],
            ReservationStatus.Cancelled, "ReservationCancelled", reason);

    /// <summary>Only SOFT allocations can be bumped; a reservation in PICKING holds HARD locks and is never bumped.</summary>
    public Result<(Reservation Reservation, ReservationEvent Event)> Bump(string reason) =>
        Status == ReservationStatus.Picking
            ? ReservationErrors.HardLocked
            : Move([ReservationStatus.Allocated], ReservationStatus.Bumped, "ReservationBumped", reason);

    /// <summary>Picking is allowed only in PICKING.</summary>
    public Error? CanPick() => Status == ReservationStatus.Picking ? null : ReservationErrors.NotPicking(Status);

    private Result<(Reservation Reservation, ReservationEvent Event)> Move(
        ReservationStatus[] from, ReservationStatus to, string type, string? reason)
    {
        if (!from.Contains(Status))
        {
            return ReservationErrors.Transition(Status, to);
        }

        var next = this with { Status = to, Version = Version + 1 };
        return (next, new ReservationEvent(next.Version, type, to, reason));
    }
}

public static class ReservationErrors
{
    public static readonly Error NeedsLines =
        Error.BusinessRule("reservation.needs_lines", "A reservation needs lines", "Each line needs an item and a quantity above zero.");

    public static readonly Error HardLocked =
        Error.Conflict("reservation.hard_locked", "Stock hard-locked by another reservation", "Stock being picked is never bumped or taken.");

    public static Error NotPicking(ReservationStatus status) =>
        Error.BusinessRule("reservation.not_picking", "Reservation not in picking state", $"The reservation is {status.ToString().ToUpperInvariant()}.");

    public static Error Transition(ReservationStatus from, ReservationStatus to) =>
        Error.BusinessRule("reservation.invalid_transition", "Not possible in this state",
            $"A reservation that is {from.ToString().ToUpperInvariant()} cannot become {to.ToString().ToUpperInvariant()}.");

    public static Error NotFound(Guid id) => Error.NotFound("reservation.not_found", "Reservation not found", $"There is no reservation {id}.");
}
