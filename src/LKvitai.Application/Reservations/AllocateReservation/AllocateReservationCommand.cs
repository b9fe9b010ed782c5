using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Reservations;
using Mediator;

namespace LKvitai.Application.Reservations.AllocateReservation;

/// <summary>Run allocation again (a PENDING reservation after new stock arrived, or a BUMPED one).</summary>
public sealed record AllocateReservationCommand(Guid CommandId, Guid ReservationId) : IWmsCommand<ReservationDto>, IFeatureGated, ICommitsItself
{
    public static Access Access => ReservationCommands.Planners;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class AllocateReservationCommandHandler(IReservationStore store, ReservationCommands commands, ICurrentUser currentUser)
    : ICommandHandler<AllocateReservationCommand, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(AllocateReservationCommand command, CancellationToken cancellationToken) =>
        await commands.ThenBumpAsync(await commands.ChangeAsync(command.ReservationId,
            reservation => commands.AllocationAsync(reservation, currentUser.Name!, cancellationToken),
            async change => await store.AppendAsync(change, cancellationToken), cancellationToken), currentUser.Name!, cancellationToken);
}
