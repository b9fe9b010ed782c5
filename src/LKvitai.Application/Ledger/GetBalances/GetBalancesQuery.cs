using FluentValidation;
using LKvitai.Application.Common.Models;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Ledger.GetBalances;

/// <summary>
/// Balances by location, item, or both — now, or as they were at <see cref="AsOf"/> (time travel); physical locations
/// only unless virtual ones are asked for.
/// </summary>
public sealed record GetBalancesQuery(
    string? Location, string? Sku, bool IncludeVirtual = false, int Page = 1, int PageSize = 100, DateTimeOffset? AsOf = null)
    : IWmsQuery<PagedList<BalanceDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class GetBalancesQueryValidator : AbstractValidator<GetBalancesQuery>
{
    public GetBalancesQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000).WithMessage("Page size must be between 1 and 1000");
    }
}

public sealed class GetBalancesQueryHandler(IWmsDbContext db, IStockHistory history, TimeProvider clock)
    : IQueryHandler<GetBalancesQuery, Result<PagedList<BalanceDto>>>
{
    public async ValueTask<Result<PagedList<BalanceDto>>> Handle(GetBalancesQuery query, CancellationToken cancellationToken)
    {
        if (query.AsOf is { } asOf && asOf < clock.GetUtcNow())
        {
            return await history.BalancesAsOfAsync(
                asOf, Normalised(query.Location), Normalised(query.Sku), query.IncludeVirtual, query.Page, query.PageSize, cancellationToken);
        }

        // One row per location and item: loose stock and the stock inside handling units added up.
        var rows = from b in db.StockBalances.AsNoTracking()
                   join l in db.Locations.AsNoTracking() on b.LocationId equals l.Id
                   where b.Quantity != 0
                   select new { b, l.Code };
        if (!query.IncludeVirtual)
        {
            rows = rows.Where(r => r.b.Physical);
        }

        if (Normalised(query.Location) is { } location)
        {
            rows = rows.Where(r => r.Code == location);
        }

        if (Normalised(query.Sku) is { } sku)
        {
            rows = rows.Where(r => r.b.Sku == sku);
        }

        var balances = rows
            .GroupBy(r => new { r.Code, r.b.Sku, r.b.Physical })
            .Select(g => new { g.Key.Code, g.Key.Sku, g.Key.Physical, Quantity = g.Sum(r => r.b.Quantity), UpdatedAt = g.Max(r => r.b.UpdatedAt) })
            .Where(g => g.Quantity != 0);
        var total = await balances.CountAsync(cancellationToken);
        var page = await balances.OrderBy(r => r.Code).ThenBy(r => r.Sku)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new BalanceDto(r.Code, r.Sku, r.Quantity, r.Physical, r.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new PagedList<BalanceDto>(page, total, query.Page, query.PageSize);
    }

    private static string? Normalised(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}
