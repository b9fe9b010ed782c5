using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.Common;
using LKvitai.Domain.Reservations;

namespace LKvitai.Application.Reservations;

/// <param name="FromVersion">The reservation's version when allocation was asked for: an allocation event after it means the first step is done.</param>
public sealed record AllocationData(Guid ReservationId, int FromVersion, string Operator);

/// <summary>
/// Allocation as a persisted saga (SPEC S1), each step its own transaction, resumable after a crash: (1) choose stock by
/// the documented strategy and append ALLOCATED with SOFT locks — or PENDING with the reason when there is too little;
/// (2) bump the SOFT claims of lower priority that no longer fit on the stock it took. Nothing to compensate: a
/// reservation left PENDING is an answer, not a failure.
/// </summary>
public sealed class AllocationSaga(SagaRunner runner, IReservationStore store, ReservationCommands commands)
    : ISagaDefinition<AllocationData>, IResumableSaga
{
    public const string Type = "allocation";

    public static readonly IReadOnlyList<string> Steps = ["ChooseStock", "BumpOverbooked"];

    private static readonly Error AlreadyAllocated = new("reservation.allocation_recorded", "Allocation already recorded", ErrorKind.Conflict);

    string ISagaDefinition<AllocationData>.Type => Type;

    string IResumableSaga.Type => Type;

    IReadOnlyList<string> ISagaDefinition<AllocationData>.Steps => Steps;

    public string Compensation => "NothingToUndo";

    public Task<SagaState> RunAsync(Guid id, CancellationToken cancellationToken) => runner.RunAsync(this, id, reverse: false, cancellationToken);

    public Task<SagaState> ResumeAsync(Guid id, CancellationToken cancellationToken) => RunAsync(id, cancellationToken);

    public async Task<Result<bool>> ForwardAsync(Guid id, string step, AllocationData data, CancellationToken cancellationToken)
    {
        if (step == "ChooseStock")
        {
            var allocated = await commands.ChangeAsync(data.ReservationId, async reservation =>
                    reservation.Version > data.FromVersion && await store.HasEventSinceAsync(reservation.Id, data.FromVersion, AllocationEvents, cancellationToken)
                        ? AlreadyAllocated
                        : await commands.AllocationAsync(reservation, data.Operator, cancellationToken),
                async change => await store.AppendAsync(change, cancellationToken), cancellationToken);
            return allocated.IsSuccess || allocated.Error.Code == AlreadyAllocated.Code ? true : allocated.Error;
        }

        // Run again after a crash, it finds nothing left to bump: the claims it bumped hold no locks any more.
        if (await store.LoadAsync(data.ReservationId, cancellationToken) is { Status: ReservationStatus.Allocated } by)
        {
            await commands.BumpOverbookedAsync(by, byHardLock: false, data.Operator, cancellationToken);
        }

        return true;
    }

    public Task<Result<bool>> CompensateAsync(Guid id, AllocationData data, CancellationToken cancellationToken) => Task.FromResult<Result<bool>>(true);

    private static readonly string[] AllocationEvents = ["ReservationAllocated", "AllocationFailed"];
}
