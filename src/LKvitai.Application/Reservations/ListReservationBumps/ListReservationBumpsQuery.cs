using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.Reservations.ListReservationBumps;

/// <summary>The bump log: which reservations were bumped, by whom and why (newest 200).</summary>
public sealed record ListReservationBumpsQuery : IWmsQuery<IReadOnlyList<BumpDto>>, IFeatureGated
{
    public static Access Access => Access.AnyAuthenticated;

    public static string FeatureFlag => ReservationCommands.Flag;
}

public sealed class ListReservationBumpsQueryHandler(IReservationStore store) : IQueryHandler<ListReservationBumpsQuery, Result<IReadOnlyList<BumpDto>>>
{
    public async ValueTask<Result<IReadOnlyList<BumpDto>>> Handle(ListReservationBumpsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<BumpDto>>.Success(await store.BumpsAsync(200, cancellationToken));
}
