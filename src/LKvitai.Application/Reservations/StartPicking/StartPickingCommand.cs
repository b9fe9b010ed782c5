using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Reservations;
using Mediator;

namespace LKvitai.Application.Reservations.StartPicking;

/// <summary>
/// Turn an ALLOCATED reservation's SOFT locks into HARD ones, re-validated against the balances: all or nothing. When
/// stock is meanwhile HARD-locked by another reservation (or gone), 409 "Stock hard-locked by another reservation".
/// </summary>
public sealed record StartPickingCommand(Guid CommandId, Guid ReservationId) : IWmsCommand<ReservationDto>, IFeatureGated, ICommitsItself
{
    public static Access Access => ReservationCommands.Pickers;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class StartPickingCommandHandler(IReservationLedger ledger, ReservationCommands commands, IReservationMetrics metrics, ICurrentUser currentUser)
    : ICommandHandler<StartPickingCommand, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(StartPickingCommand command, CancellationToken cancellationToken)
    {
        var started = await commands.ThenBumpAsync(await commands.ChangeAsync(command.ReservationId, reservation =>
            {
                var started = reservation.StartPicking();
                return Task.FromResult<Result<ReservationChange>>(started.IsSuccess
                    ? new ReservationChange(started.Value.Reservation, started.Value.Event, null, currentUser.Name!)
                    : started.Error);
            },
            change => ledger.StartPickingAsync(change, cancellationToken), cancellationToken), currentUser.Name!, cancellationToken);
        if (!started.IsSuccess && started.Error.Code == ReservationErrors.HardLocked.Code)
        {
            metrics.StartPickingConflict();
        }

        return await commands.AnswerAsync(started, cancellationToken);
    }
}
