using LKvitai.Application.Common.Models;
using LKvitai.Domain.Common;
using LKvitai.Domain.Reservations;

namespace LKvitai.Application.Reservations;

public sealed record ReservationLockDto(string Location, string Sku, Guid? HandlingUnitId, string? Lpn, decimal Quantity, string Kind);

public sealed record ReservationEventDto(int Version, string Type, string Status, string? Reason, string Operator, DateTimeOffset OccurredAt);

public sealed record ReservationDto(
    Guid Id, string Purpose, string? Reference, int Priority, string Status, int Version, IReadOnlyList<ReservationLine> Lines,
    IReadOnlyList<ReservationLockDto> Locks, string? Reason, IReadOnlyList<ReservationEventDto> Events, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A change to a reservation: its state after, the event at the next version, and (when they change) its locks.</summary>
public sealed record ReservationChange(Reservation After, ReservationEvent Event, IReadOnlyList<StockLock>? Locks, string Operator, bool Created = false);

/// <summary>Reservations in PostgreSQL, written as the API's role: streams with optimistic versions, state, SOFT locks.</summary>
public interface IReservationStore
{
    Task<ReservationDto?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Reservation?> LoadAsync(Guid id, CancellationToken cancellationToken);

    Task<PagedList<ReservationDto>> ListAsync(string? status, int? minPriority, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the event at its version and saves the state (and the locks, when given) and an
    /// outbox message in one transaction. False when another writer appended that version first.
    /// </summary>
    Task<bool> AppendAsync(ReservationChange change, CancellationToken cancellationToken);

    /// <summary>Whether the reservation's stream already records pick <paramref name="pick"/>, and how much it still has HARD-locked.</summary>
    Task<(bool Recorded, decimal HardLocked)> PickProgressAsync(Guid reservation, Guid pick, CancellationToken cancellationToken);

    /// <summary>Whether the stream has an event of one of <paramref name="types"/> after <paramref name="version"/>.</summary>
    Task<bool> HasEventSinceAsync(Guid reservation, int version, IReadOnlyList<string> types, CancellationToken cancellationToken);

    Task<IReadOnlyList<AllocationCandidate>> CandidatesAsync(IEnumerable<string> skus, CancellationToken cancellationToken);

    /// <summary>For each stock row a reservation holds: what is free of HARD locks, and every SOFT claim on it.</summary>
    Task<IReadOnlyList<(string Location, string Sku, decimal Available, IReadOnlyList<SoftClaim> Claims)>> ClaimsOnStockOfAsync(
        Guid reservation, CancellationToken cancellationToken);

    /// <summary>The bump log: who took what from whom, and why, newest first.</summary>
    Task<IReadOnlyList<BumpDto>> BumpsAsync(int count, CancellationToken cancellationToken);
}

public sealed record BumpDto(Guid ReservationId, string Purpose, string? Reference, int Priority, string? Reason, string Operator, DateTimeOffset OccurredAt);

/// <summary>
/// HARD locks, written as the ledger's role in the transaction of the balance rows they guard: StartPicking turns a
/// reservation's SOFT locks into HARD ones only where the stock is still free of other HARD locks — on the same row
/// every outbound movement takes, so of two racing calls exactly one wins; cancelling a PICKING reservation releases them.
/// </summary>
public interface IReservationLedger
{
    Task<Result<bool>> StartPickingAsync(ReservationChange change, CancellationToken cancellationToken);

    Task<Result<bool>> ReleaseHardLocksAsync(ReservationChange change, CancellationToken cancellationToken);
}

/// <summary>Where the read models stand: whether a projection has applied every movement of a command.</summary>
public interface IProjectionProgress
{
    Task<bool> HasAppliedCommandAsync(string projection, Guid commandId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the projection's next batch now instead of waiting for its worker's next poll (safe beside the worker:
    /// each batch holds the projection's checkpoint row); movements of transactions still running stay for later.
    /// </summary>
    Task CatchUpAsync(string projection, CancellationToken cancellationToken);
}

/// <summary>What the dashboards and alert rules watch (allocation failure rate alerts above 5 % in the seed).</summary>
public interface IReservationMetrics
{
    void Created();

    void Allocation(bool allocated);

    void StartPickingConflict();

    void Bumped(int count);

    void Picked(TimeSpan took);
}
