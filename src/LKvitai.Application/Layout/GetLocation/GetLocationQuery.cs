using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.GetLocation;

/// <summary>Validates a scanned location code: its details, or "Location not found".</summary>
public sealed record GetLocationQuery(string Code) : IWmsQuery<LocationDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetLocationQueryHandler(IWmsDbContext db) : IQueryHandler<GetLocationQuery, Result<LocationDto>>
{
    public async ValueTask<Result<LocationDto>> Handle(GetLocationQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var found = await (from l in db.Locations.AsNoTracking()
                           join w in db.Warehouses.AsNoTracking() on l.WarehouseId equals w.Id into ws
                           from w in ws.DefaultIfEmpty()
                           where l.Code == code
                           select new { l, WarehouseCode = w == null ? null : w.Code }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? LayoutErrors.LocationNotFound(code) : LocationDto.From(found.l, found.WarehouseCode);
    }
}
