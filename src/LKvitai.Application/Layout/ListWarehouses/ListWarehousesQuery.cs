using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.ListWarehouses;

public sealed record ListWarehousesQuery : IWmsQuery<IReadOnlyList<WarehouseDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListWarehousesQueryHandler(IWmsDbContext db) : IQueryHandler<ListWarehousesQuery, Result<IReadOnlyList<WarehouseDto>>>
{
    public async ValueTask<Result<IReadOnlyList<WarehouseDto>>> Handle(ListWarehousesQuery query, CancellationToken cancellationToken) =>
        await db.Warehouses.AsNoTracking().OrderBy(w => w.Code).Select(w => new WarehouseDto(w.Code, w.Name)).ToListAsync(cancellationToken);
}
