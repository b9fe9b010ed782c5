using LKvitai.Domain.Catalog;

namespace LKvitai.Application.Catalog;

public sealed record SkuDto(string Code, string Name, string UnitOfMeasure, DateTimeOffset CreatedAt)
{
    public static SkuDto From(Sku sku) => new(sku.Code, sku.Name, sku.UnitOfMeasure, sku.CreatedAt);
}
