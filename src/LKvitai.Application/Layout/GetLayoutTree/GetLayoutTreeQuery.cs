using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.GetLayoutTree;

/// <summary>One warehouse as a tree of aisles and racks with their bin counts; the bins of a rack come from ListLocations.</summary>
public sealed record GetLayoutTreeQuery(string Warehouse) : IWmsQuery<LayoutTreeDto>
{
    public static Access Access => Access.AnyAuthenticated;
}

public sealed record LayoutTreeDto(string Warehouse, string Name, int Bins, IReadOnlyList<AisleNodeDto> Aisles);

public sealed record AisleNodeDto(string Aisle, int Bins, IReadOnlyList<RackNodeDto> Racks);

public sealed record RackNodeDto(string Rack, int Bins, int Levels);

public sealed class GetLayoutTreeQueryHandler(IWmsDbContext db) : IQueryHandler<GetLayoutTreeQuery, Result<LayoutTreeDto>>
{
    /// <summary>Bins imported without an aisle or rack are grouped under this name.</summary>
    public const string Unassigned = "-";

    public async ValueTask<Result<LayoutTreeDto>> Handle(GetLayoutTreeQuery query, CancellationToken cancellationToken)
    {
        var code = query.Warehouse.Trim().ToUpperInvariant();
        var warehouse = await db.Warehouses.AsNoTracking().SingleOrDefaultAsync(w => w.Code == code, cancellationToken);
        if (warehouse is null)
        {
            return Error.NotFound("layout.warehouse_not_found", "Warehouse not found", $"There is no warehouse '{code}'.");
        }

        var racks = await db.Locations.AsNoTracking()
            .Where(l => l.WarehouseId == warehouse.Id && l.RetiredAt == null)
            .GroupBy(l => new { Aisle = l.Aisle ?? Unassigned, Rack = l.Rack ?? Unassigned })
            .Select(g => new { g.Key.Aisle, g.Key.Rack, Bins = g.Count(), Levels = g.Select(l => l.Level).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var aisles = racks
            .GroupBy(r => r.Aisle)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AisleNodeDto(g.Key, g.Sum(r => r.Bins),
                g.OrderBy(r => r.Rack, StringComparer.Ordinal).Select(r => new RackNodeDto(r.Rack, r.Bins, r.Levels)).ToList()))
            .ToList();
        return new LayoutTreeDto(warehouse.Code, warehouse.Name, aisles.Sum(a => a.Bins), aisles);
    }
}
