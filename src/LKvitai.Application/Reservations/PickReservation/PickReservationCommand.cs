using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Sagas;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Reservations;
using Mediator;

namespace LKvitai.Application.Reservations.PickReservation;

/// <summary>
/// Pick for a reservation in PICKING: a quantity of an item from a bin (from the scanned unit, or loose) to PRODUCTION or
/// CUSTOMER, through the pick saga. The command id is the pick's id. Not PICKING: 422 "Reservation not in picking state".
/// </summary>
public sealed record PickReservationCommand(
    Guid CommandId, Guid ReservationId, string Location, string Sku, decimal Quantity, string? Lpn, string? ToLocation)
    : IWmsCommand<ReservationDto>, IFeatureGated, ICommitsItself
{
    public static Access Access => ReservationCommands.Pickers;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class PickReservationCommandValidator : AbstractValidator<PickReservationCommand>
{
    public PickReservationCommandValidator()
    {
        RuleFor(c => c.Location).NotEmpty().WithMessage("Scan the bin").MaximumLength(40);
        RuleFor(c => c.Sku).NotEmpty().WithMessage("Scan the item").MaximumLength(40);
        RuleFor(c => c.Quantity).Must(Domain.Ledger.LedgerRules.IsValidQuantity).WithMessage("Quantity must be above zero");
        RuleFor(c => c.ToLocation).Must(t => t is null || t.Trim().ToUpperInvariant() is VirtualLocations.Production or VirtualLocations.Customer)
            .WithMessage("Picks go to PRODUCTION or CUSTOMER");
    }
}

public sealed class PickReservationCommandHandler(
    IReservationStore store, ISagaStore sagas, PickSaga saga, IHandlingUnitDirectory units, IReservationMetrics metrics,
    ICurrentUser currentUser, ICorrelationContext correlation)
    : ICommandHandler<PickReservationCommand, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(PickReservationCommand command, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (await sagas.GetAsync(command.CommandId, cancellationToken) is null)
        {
            if (await store.LoadAsync(command.ReservationId, cancellationToken) is not { } reservation)
            {
                return ReservationErrors.NotFound(command.ReservationId);
            }

            if (reservation.CanPick() is { } notPicking)
            {
                return notPicking;
            }

            Guid? unit = null;
            if (!string.IsNullOrWhiteSpace(command.Lpn))
            {
                unit = await units.FindIdAsync(Sscc.AsLpn(command.Lpn), cancellationToken);
                if (unit is null)
                {
                    return HandlingUnitErrors.NotFound(command.Lpn);
                }
            }

            await sagas.StartAsync(command.CommandId, PickSaga.Type, new PickData(
                command.ReservationId, command.Location.Trim().ToUpperInvariant(), command.Sku.Trim().ToUpperInvariant(), command.Quantity, unit,
                (command.ToLocation ?? VirtualLocations.Production).Trim().ToUpperInvariant(), currentUser.Name!, correlation.CorrelationId),
                currentUser.Name!, cancellationToken);
        }

        var state = await saga.RunAsync(command.CommandId, cancellationToken);
        if (state.Status is SagaStatuses.Compensated or SagaStatuses.Failed)
        {
            return new Error(state.ErrorCode ?? "reservation.pick_failed", state.ErrorDetail ?? "Pick failed", ErrorKind.BusinessRule,
                "Nothing was picked: the stock must be HARD-locked for this reservation in that bin (and unit).");
        }

        metrics.Picked(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return (await store.GetAsync(command.ReservationId, cancellationToken))!;
    }
}
