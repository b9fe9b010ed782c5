using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.HandlingUnits.GetHandlingUnitHistory;

/// <summary>Everything that happened to a handling unit: its events and every movement into or out of it.</summary>
public sealed record GetHandlingUnitHistoryQuery(string Lpn) : IWmsQuery<HandlingUnitHistoryDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetHandlingUnitHistoryQueryHandler(IHandlingUnitReader reader) : IQueryHandler<GetHandlingUnitHistoryQuery, Result<HandlingUnitHistoryDto>>
{
    public async ValueTask<Result<HandlingUnitHistoryDto>> Handle(GetHandlingUnitHistoryQuery query, CancellationToken cancellationToken) =>
        await reader.HistoryAsync(Sscc.AsLpn(query.Lpn), cancellationToken) is { } history
            ? history
            : HandlingUnitErrors.NotFound(query.Lpn);
}
