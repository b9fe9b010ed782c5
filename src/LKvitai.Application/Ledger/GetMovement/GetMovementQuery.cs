using LKvitai.Application.Common.Models;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Ledger.GetMovement;

public sealed record GetMovementQuery(Guid MovementId) : IWmsQuery<MovementDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetMovementQueryHandler(IWmsDbContext db) : IQueryHandler<GetMovementQuery, Result<MovementDto>>
{
    public async ValueTask<Result<MovementDto>> Handle(GetMovementQuery query, CancellationToken cancellationToken)
    {
        var movement = await (from m in db.StockMovements.AsNoTracking()
                              join f in db.Locations on m.FromLocationId equals f.Id
                              join t in db.Locations on m.ToLocationId equals t.Id
                              where m.MovementId == query.MovementId
                              select new MovementDto(m.MovementId, m.Sequence, m.OccurredAt, m.Sku, m.Quantity, f.Code, t.Code,
                                  m.MovementType, m.Operator, m.HandlingUnitId, m.Reason, m.CommandId))
            .FirstOrDefaultAsync(cancellationToken);
        return movement is null
            ? Error.NotFound("ledger.movement_not_found", "Movement not found")
            : movement;
    }
}
