using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Reservations;
using Mediator;

namespace LKvitai.Application.Reservations.GetReservation;

/// <summary>A reservation: state, lines, locks and its whole event stream.</summary>
public sealed record GetReservationQuery(Guid Id) : IWmsQuery<ReservationDto>, IFeatureGated
{
    public static Access Access => Access.AnyAuthenticated;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class GetReservationQueryHandler(IReservationStore store) : IQueryHandler<GetReservationQuery, Result<ReservationDto>>
{
    public async ValueTask<Result<ReservationDto>> Handle(GetReservationQuery query, CancellationToken cancellationToken) =>
        await store.GetAsync(query.Id, cancellationToken) is { } reservation ? reservation : ReservationErrors.NotFound(query.Id);
}
