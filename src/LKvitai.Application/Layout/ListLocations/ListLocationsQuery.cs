using FluentValidation;
using LKvitai.Application.Common.Models;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.ListLocations;

public sealed record ListLocationsQuery(
    string? Warehouse, string? Search, bool IncludeRetired = false, int Page = 1, int PageSize = 200, string? Aisle = null, string? Rack = null)
    : IWmsQuery<PagedList<LocationDto>>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed class ListLocationsQueryValidator : AbstractValidator<ListLocationsQuery>
{
    public ListLocationsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 10_000).WithMessage("Page size must be between 1 and 10000");
    }
}

public sealed class ListLocationsQueryHandler(IWmsDbContext db) : IQueryHandler<ListLocationsQuery, Result<PagedList<LocationDto>>>
{
    public async ValueTask<Result<PagedList<LocationDto>>> Handle(ListLocationsQuery query, CancellationToken cancellationToken)
    {
        var rows = from l in db.Locations.AsNoTracking()
                   join w in db.Warehouses.AsNoTracking() on l.WarehouseId equals w.Id into ws
                   from w in ws.DefaultIfEmpty()
                   select new { l, WarehouseCode = w == null ? null : w.Code };
        if (!query.IncludeRetired)
        {
            rows = rows.Where(r => r.l.RetiredAt == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Warehouse))
        {
            var warehouse = query.Warehouse.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.WarehouseCode == warehouse);
        }

        // "-" is the tree's name for bins without an aisle or rack.
        if (!string.IsNullOrWhiteSpace(query.Aisle))
        {
            var aisle = query.Aisle.Trim();
            rows = aisle == GetLayoutTree.GetLayoutTreeQueryHandler.Unassigned ? rows.Where(r => r.l.Aisle == null) : rows.Where(r => r.l.Aisle == aisle);
        }

        if (!string.IsNullOrWhiteSpace(query.Rack))
        {
            var rack = query.Rack.Trim();
            rows = rack == GetLayoutTree.GetLayoutTreeQueryHandler.Unassigned ? rows.Where(r => r.l.Rack == null) : rows.Where(r => r.l.Rack == rack);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.l.Code.StartsWith(search));
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.l.Code).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<LocationDto>(page.Select(r => LocationDto.From(r.l, r.WarehouseCode)).ToList(), total, query.Page, query.PageSize);
    }
}
