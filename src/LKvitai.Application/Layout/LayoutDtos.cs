using LKvitai.Domain.Layout;

namespace LKvitai.Application.Layout;

public sealed record WarehouseDto(string Code, string Name);

public sealed record LocationDto(
    string Code, string Kind, string? Warehouse, string? Aisle, string? Rack, int? Level,
    decimal X, decimal Y, decimal Z, decimal Width, decimal Depth, decimal Height, int? CapacityHandlingUnits, bool Retired)
{
    public static LocationDto From(Location location, string? warehouseCode) => new(
        location.Code, location.Kind.ToString().ToUpperInvariant(), warehouseCode, location.Aisle, location.Rack, location.Level,
        location.X, location.Y, location.Z, location.Width, location.Depth, location.Height, location.CapacityHandlingUnits,
        location.RetiredAt is not null);
}

internal static class LayoutErrors
{
    public static Domain.Common.Error WarehouseNotFound(string code) =>
        Domain.Common.Error.BusinessRule("layout.warehouse_not_found", "Warehouse not found", $"There is no warehouse '{code}'.");

    public static Domain.Common.Error LocationNotFound(string code) =>
        Domain.Common.Error.NotFound("layout.location_not_found", "Location not found", $"There is no location '{code}'.");
}
