using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.Common;
using LKvitai.Domain.FeatureFlags;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Reservations;

namespace LKvitai.Application.Reservations;

/// <summary>
/// The optimistic loop every reservation change goes through: load the stream's state, decide, append at the next
/// version; when another writer got there first, load again and decide again — at most 3 attempts (SPEC R6).
/// </summary>
public sealed class ReservationCommands(IReservationStore store, IReservationMetrics metrics)
{
    public const int MaximumAttempts = 3;

    public static readonly string Flag = FeatureFlagKeys.ReservationEngine;

    public static readonly Access Planners = Access.ForRoles(Roles.Manager, Roles.Administrator, Roles.Integration);

    public static readonly Access Pickers = Access.ForRoles(Roles.Operator, Roles.Manager, Roles.Administrator);

    /// <summary>Answers with the reservation's state after the change (its version included).</summary>
    public async Task<Result<Reservation>> ChangeAsync(
        Guid id, Func<Reservation, Task<Result<ReservationChange>>> decide, Func<ReservationChange, Task<Result<bool>>> write,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaximumAttempts; attempt++)
        {
            if (await store.LoadAsync(id, cancellationToken) is not { } reservation)
            {
                return ReservationErrors.NotFound(id);
            }

            var change = await decide(reservation);
            if (!change.IsSuccess)
            {
                return change.Error;
            }

            var written = await write(change.Value!);
            if (written.IsSuccess && written.Value)
            {
                return change.Value!.After;
            }

            if (!written.IsSuccess)
            {
                return written.Error;
            }
        }

        return Error.Conflict("reservation.concurrency", "The reservation changed meanwhile", "Three attempts met newer versions; try again.");
    }

    /// <summary>The reservation as the API shows it, once a change succeeded.</summary>
    public async Task<Result<ReservationDto>> AnswerAsync(Result<Reservation> changed, CancellationToken cancellationToken)
    {
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        return (await store.GetAsync(changed.Value!.Id, cancellationToken))!;
    }

    /// <summary>Runs (or resumes) an allocation saga and answers with the reservation as it then is.</summary>
    public async Task<Result<ReservationDto>> AllocateAsync(AllocationSaga saga, Guid sagaId, Guid reservation, CancellationToken cancellationToken)
    {
        var state = await saga.RunAsync(sagaId, cancellationToken);
        if (state.Status is SagaStatuses.Compensated or SagaStatuses.Failed)
        {
            return new Error(state.ErrorCode ?? "reservation.allocation_failed", state.ErrorDetail ?? "Allocation failed", ErrorKind.BusinessRule);
        }

        return (await store.GetAsync(reservation, cancellationToken))!;
    }

    /// <summary>Bumps what the reservation now overbooks, if the change left it ALLOCATED (SOFT) or PICKING (HARD).</summary>
    public async Task<Result<Reservation>> ThenBumpAsync(Result<Reservation> changed, string @operator, CancellationToken cancellationToken)
    {
        if (changed.IsSuccess && changed.Value!.Status is ReservationStatus.Allocated or ReservationStatus.Picking)
        {
            await BumpOverbookedAsync(changed.Value, changed.Value.Status == ReservationStatus.Picking, @operator, cancellationToken);
        }

        return changed;
    }

    /// <summary>
    /// After <paramref name="by"/> allocated (SOFT) or started picking (HARD): on every stock row it holds that is now
    /// overbooked, SOFT claims are bumped by <see cref="BumpPolicy"/> — BUMPED, their locks gone, the event (and its outbox
    /// message) naming who took what and why.
    /// </summary>
    public async Task BumpOverbookedAsync(Reservation by, bool byHardLock, string @operator, CancellationToken cancellationToken)
    {
        var bumped = new Dictionary<Guid, string>();
        foreach (var (location, sku, available, claims) in await store.ClaimsOnStockOfAsync(by.Id, cancellationToken))
        {
            foreach (var victim in BumpPolicy.Choose(available, claims, by.Id, by.Priority, byHardLock))
            {
                bumped.TryAdd(victim, $"Bumped by reservation {by.Id} ({by.Purpose} {by.Reference}, priority {by.Priority}" +
                    $"{(byHardLock ? ", picking" : string.Empty)}) taking {sku} at {location}");
            }
        }

        metrics.Bumped(bumped.Count);
        foreach (var (victim, reason) in bumped)
        {
            await ChangeAsync(victim, reservation =>
                {
                    var moved = reservation.Bump(reason);
                    return Task.FromResult<Result<ReservationChange>>(moved.IsSuccess
                        ? new ReservationChange(moved.Value.Reservation, moved.Value.Event, [], @operator)
                        : moved.Error);
                },
                async change => await store.AppendAsync(change, cancellationToken), cancellationToken);
        }
    }

    /// <summary>Allocation: SOFT locks by the documented strategy, or back to PENDING with the reason.</summary>
    public async Task<Result<ReservationChange>> AllocationAsync(Reservation reservation, string @operator, CancellationToken cancellationToken)
    {
        var candidates = await store.CandidatesAsync(reservation.Lines.Select(l => l.Sku).Distinct(), cancellationToken);
        var (locks, shortages) = Allocation.Choose(reservation.Lines, candidates);
        var moved = shortages.Count == 0 ? reservation.Allocate() : reservation.AllocationFailed("Insufficient stock: " + string.Join("; ", shortages));
        metrics.Allocation(shortages.Count == 0);
        return moved.IsSuccess
            ? new ReservationChange(moved.Value.Reservation, moved.Value.Event, shortages.Count == 0 ? locks : [], @operator)
            : moved.Error;
    }
}
