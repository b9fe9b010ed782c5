using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Application.Common.Sagas;
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

public sealed class AllocateReservationCommandHandler(
    IReservationStore store, ISagaStore sagas, AllocationSaga saga, ReservationCommands commands, ICurrentUser currentUser)
    : ICommandHandler<AllocateReservationCommand, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(AllocateReservationCommand command, CancellationToken cancellationToken)
    {
        // The command id is the allocation saga's id: a retry after a crash resumes it.
        if (await sagas.GetAsync(command.CommandId, cancellationToken) is null)
        {
            if (await store.LoadAsync(command.ReservationId, cancellationToken) is not { } reservation)
            {
                return ReservationErrors.NotFound(command.ReservationId);
            }

            if (reservation.Allocate() is { IsSuccess: false } refused)
            {
                return refused.Error;
            }

            await sagas.StartAsync(command.CommandId, AllocationSaga.Type,
                new AllocationData(reservation.Id, reservation.Version, currentUser.Name!), currentUser.Name!, cancellationToken);
        }

        return await commands.AllocateAsync(saga, command.CommandId, command.ReservationId, cancellationToken);
    }
}
