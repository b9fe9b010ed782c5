using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Identity;
using Mediator;

namespace LKvitai.Application.HandlingUnits.GetHandlingUnit;

/// <summary>Look up a scanned LPN: the unit's type, status, bin and lines.</summary>
public sealed record GetHandlingUnitQuery(string Lpn) : IWmsQuery<HandlingUnitDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetHandlingUnitQueryHandler(IHandlingUnitReader reader) : IQueryHandler<GetHandlingUnitQuery, Result<HandlingUnitDto>>
{
    public async ValueTask<Result<HandlingUnitDto>> Handle(GetHandlingUnitQuery query, CancellationToken cancellationToken) =>
        await reader.FindAsync(Sscc.AsLpn(query.Lpn), cancellationToken) is { } unit
            ? unit
            : HandlingUnitErrors.NotFound(query.Lpn);
}
