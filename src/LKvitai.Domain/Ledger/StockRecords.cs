namespace LKvitai.Domain.Ledger;

/// <summary>A row of the ledger (read side). Written only by the ledger's writer; never updated or deleted.</summary>
public sealed class StockMovement
{
    public long Sequence { get; set; }

    public Guid MovementId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Sku { get; set; }

    public decimal Quantity { get; set; }

    public int FromLocationId { get; set; }

    public int ToLocationId { get; set; }

    public required string MovementType { get; set; }

    public required string Operator { get; set; }

    /// <summary>The handling unit the movement concerns (its destination unit, else its source unit).</summary>
    public Guid? HandlingUnitId { get; set; }

    /// <summary>The handling unit the stock left (null = loose stock).</summary>
    public Guid? FromHandlingUnitId { get; set; }

    /// <summary>The handling unit the stock went into (null = loose stock).</summary>
    public Guid? ToHandlingUnitId { get; set; }

    public string? Reason { get; set; }

    public Guid CommandId { get; set; }

    public string? CorrelationId { get; set; }

    public Guid? CausationId { get; set; }
}

/// <summary>The quantity of one item at one location now (read side of the ledger's balance table).</summary>
public sealed class StockBalance
{
    public int LocationId { get; set; }

    public required string Sku { get; set; }

    /// <summary>The handling unit holding the stock; <see cref="Guid.Empty"/> for loose stock.</summary>
    public Guid HandlingUnitId { get; set; }

    public decimal Quantity { get; set; }

    public bool Physical { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
