using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Reservations;
using Mediator;

namespace LKvitai.Application.Reservations.CancelReservation;

/// <summary>An explicit cancel by an operator or manager: SOFT locks go; HARD locks are released on the balance rows.</summary>
public sealed record CancelReservationCommand(Guid CommandId, Guid ReservationId, string Reason) : IWmsCommand<ReservationDto>, IFeatureGated, ICommitsItself
{
    public static Access Access => ReservationCommands.Pickers;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class CancelReservationCommandValidator : AbstractValidator<CancelReservationCommand>
{
    public CancelReservationCommandValidator() => RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why").MaximumLength(500);
}

public sealed class CancelReservationCommandHandler(IReservationStore store, IReservationLedger ledger, ReservationCommands commands, ICurrentUser currentUser)
    : ICommandHandler<CancelReservationCommand, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(CancelReservationCommand command, CancellationToken cancellationToken)
    {
        var wasPicking = false;
        return await commands.AnswerAsync(await commands.ChangeAsync(command.ReservationId, reservation =>
            {
                wasPicking = reservation.Status == ReservationStatus.Picking;
                var cancelled = reservation.Cancel(command.Reason.Trim());
                return Task.FromResult<Result<ReservationChange>>(cancelled.IsSuccess
                    ? new ReservationChange(cancelled.Value.Reservation, cancelled.Value.Event, [], currentUser.Name!)
                    : cancelled.Error);
            },
            async change => wasPicking ? await ledger.ReleaseHardLocksAsync(change, cancellationToken) : await store.AppendAsync(change, cancellationToken),
            cancellationToken), cancellationToken);
    }
}
