using FluentValidation;
using LKvitai.Application.Common.Models;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Ledger.ListMovements;

/// <summary>The audit trail: who moved what, from where to where, when and why; newest first.</summary>
public sealed record ListMovementsQuery(
    string? Sku, string? Location, string? Operator, string? MovementType, DateTimeOffset? From, DateTimeOffset? To,
    int Page = 1, int PageSize = 100) : IWmsQuery<PagedList<MovementDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListMovementsQueryValidator : AbstractValidator<ListMovementsQuery>
{
    public ListMovementsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000).WithMessage("Page size must be between 1 and 1000");
        RuleFor(q => q.MovementType).Must(t => t is null || MovementTypes.Names.Contains(t.ToUpperInvariant()))
            .WithMessage($"Movement type must be one of: {string.Join(", ", MovementTypes.Names)}");
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to >= q.From).WithMessage("The end must not be before the start");
    }
}

public sealed class ListMovementsQueryHandler(IWmsDbContext db) : IQueryHandler<ListMovementsQuery, Result<PagedList<MovementDto>>>
{
    public async ValueTask<Result<PagedList<MovementDto>>> Handle(ListMovementsQuery query, CancellationToken cancellationToken)
    {
        var movements = db.StockMovements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Sku))
        {
            var sku = query.Sku.Trim().ToUpperInvariant();
            movements = movements.Where(m => m.Sku == sku);
        }

        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            var code = query.Location.Trim().ToUpperInvariant();
            var id = await db.Locations.Where(l => l.Code == code).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is null)
            {
                return new PagedList<MovementDto>([], 0, query.Page, query.PageSize);
            }

            movements = movements.Where(m => m.FromLocationId == id || m.ToLocationId == id);
        }

        if (!string.IsNullOrWhiteSpace(query.Operator))
        {
            movements = movements.Where(m => m.Operator == query.Operator.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.MovementType))
        {
            var type = query.MovementType.Trim().ToUpperInvariant();
            movements = movements.Where(m => m.MovementType == type);
        }

        if (query.From is { } from)
        {
            movements = movements.Where(m => m.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            movements = movements.Where(m => m.OccurredAt <= to);
        }

        var total = await movements.CountAsync(cancellationToken);
        var page = await (from m in movements
                          join f in db.Locations on m.FromLocationId equals f.Id
                          join t in db.Locations on m.ToLocationId equals t.Id
                          orderby m.OccurredAt descending, m.Sequence descending
                          select new MovementDto(m.MovementId, m.Sequence, m.OccurredAt, m.Sku, m.Quantity, f.Code, t.Code,
                              m.MovementType, m.Operator, m.HandlingUnitId, m.Reason, m.CommandId))
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<MovementDto>(page, total, query.Page, query.PageSize);
    }
}
