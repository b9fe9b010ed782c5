using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Ledger;
using LKvitai.Domain.Reservations;

namespace LKvitai.Application.Reservations;

public sealed record PickData(
    Guid ReservationId, string Location, string Sku, decimal Quantity, Guid? HandlingUnitId, string ToLocation, string Operator, string? CorrelationId);

/// <summary>
/// One pick, in this order and never another (SPEC P2), each step its own transaction, resumable: (1) the movement
/// bin → PRODUCTION / CUSTOMER is committed through the ledger, consuming the reservation's HARD lock; (2) the handling-unit
/// projection has applied it; (3) the reservation records the pick — CONSUMED once nothing is left to pick.
/// </summary>
public sealed class PickSaga(SagaRunner runner, IReservationStore store, IProjectionProgress progress, ReservationCommands commands)
    : ISagaDefinition<PickData>, IResumableSaga
{
    public const string Type = "pick";

    public static readonly IReadOnlyList<string> Steps = ["RecordPickMovement", "AwaitHandlingUnitProjection", "UpdateReservation"];

    /// <summary>How a reservation event names the pick it records (a resumed step looks for it).</summary>
    public static string PickMark(Guid pick) => $"pick {pick}";

    private const string Projection = "handling_unit_contents";

    public static TimeSpan ProjectionWait { get; } = TimeSpan.FromSeconds(30);

    string ISagaDefinition<PickData>.Type => Type;

    string IResumableSaga.Type => Type;

    IReadOnlyList<string> ISagaDefinition<PickData>.Steps => Steps;

    public string Compensation => "NothingToUndo";

    public Task<SagaState> RunAsync(Guid id, CancellationToken cancellationToken) => runner.RunAsync(this, id, reverse: false, cancellationToken);

    public Task<SagaState> ResumeAsync(Guid id, CancellationToken cancellationToken) => RunAsync(id, cancellationToken);

    public async Task<Result<bool>> ForwardAsync(Guid id, string step, PickData data, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case "RecordPickMovement":
                var units = data.HandlingUnitId is { } unit ? new[] { unit } : [];
                return await runner.LedgerStepAsync(id, nameof(PickSaga), step, data.Operator, data.CorrelationId, units, current =>
                {
                    var reason = $"Pick for reservation {data.ReservationId}";
                    if (data.HandlingUnitId is not { } huId)
                    {
                        return new HandlingUnitPlan(
                            [new StockTransfer(data.Sku, data.Quantity, data.Location, null, data.ToLocation, null)], [], MovementType.Pick, reason, data.ReservationId);
                    }

                    if (!current.TryGetValue(huId, out var handlingUnit))
                    {
                        return HandlingUnitErrors.NotFound(huId.ToString());
                    }

                    var picked = handlingUnit.Pick(data.Sku, data.Quantity, data.ToLocation);
                    return picked.IsSuccess
                        ? new HandlingUnitPlan([picked.Value.Transfer],
                            [new(picked.Value.After, picked.Value.After.Status == HandlingUnitStatus.Picked ? "PickedEmpty" : "Picked",
                                Details: new { reservation = data.ReservationId, data.Sku, data.Quantity })], MovementType.Pick, reason, data.ReservationId)
                        : picked.Error;
                }, cancellationToken);

            case "AwaitHandlingUnitProjection":
                // Not a business failure when slow: a timeout leaves the saga running, and the resumer tries again later.
                var movementCommand = SagaRunner.StepId(id, "RecordPickMovement");
                var until = DateTimeOffset.UtcNow + ProjectionWait;
                for (var attempt = 0; !await progress.HasAppliedCommandAsync(Projection, movementCommand, cancellationToken); attempt++)
                {
                    if (DateTimeOffset.UtcNow > until)
                    {
                        throw new TimeoutException($"The handling-unit projection has not applied pick {id} yet.");
                    }

                    // First help the projection along (the operator is waiting), then leave it to its worker.
                    if (attempt == 0)
                    {
                        await progress.CatchUpAsync(Projection, cancellationToken);
                    }
                    else
                    {
                        await Task.Delay(20, cancellationToken);
                    }
                }

                return true;

            default:
                var updated = await commands.ChangeAsync(data.ReservationId, async reservation =>
                {
                    // Resumed after this step already committed: the stream shows this pick, nothing more to do.
                    var (recorded, left) = await store.PickProgressAsync(reservation.Id, id, cancellationToken);
                    if (recorded)
                    {
                        return ReservationErrors.Transition(reservation.Status, reservation.Status) with { Code = "reservation.pick_already_recorded" };
                    }

                    var detail = $"{PickMark(id)}: {data.Quantity} of {data.Sku} from {data.Location} to {data.ToLocation}";
                    var moved = left == 0 ? reservation.Consume() : reservation.RecordPick(detail);
                    return moved.IsSuccess
                        ? new ReservationChange(moved.Value.Reservation, moved.Value.Event with { Reason = left == 0 ? detail : moved.Value.Event.Reason },
                            left == 0 ? [] : null, data.Operator)
                        : moved.Error;
                }, async change => await store.AppendAsync(change, cancellationToken), cancellationToken);
                return updated.IsSuccess || updated.Error.Code == "reservation.pick_already_recorded" ? true : updated.Error;
        }
    }

    public Task<Result<bool>> CompensateAsync(Guid id, PickData data, CancellationToken cancellationToken) => Task.FromResult<Result<bool>>(true);
}
