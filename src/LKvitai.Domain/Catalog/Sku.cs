namespace LKvitai.Domain.Catalog;

public sealed class Sku
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string UnitOfMeasure { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
