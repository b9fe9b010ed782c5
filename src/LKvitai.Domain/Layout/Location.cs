namespace LKvitai.Domain.Layout;

public sealed class Warehouse
{
    public int Id { get; set; }

    /// <summary>MAIN, AUX, COLD …</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A place stock can be: a bin with its position and size, or a virtual location.</summary>
public sealed class Location
{
    public int Id { get; set; }

    /// <summary>Unique across the company, e.g. MAIN-A01-R02-L1; virtual locations use their name (SUPPLIER …).</summary>
    public required string Code { get; set; }

    public LocationKind Kind { get; set; }

    public int? WarehouseId { get; set; }

    /// <summary>Set when the bin is added together with its new warehouse (the id is not known yet).</summary>
    public Warehouse? Warehouse { get; set; }

    public string? Aisle { get; set; }

    public string? Rack { get; set; }

    public int? Level { get; set; }

    public decimal X { get; set; }

    public decimal Y { get; set; }

    public decimal Z { get; set; }

    public decimal Width { get; set; }

    public decimal Depth { get; set; }

    public decimal Height { get; set; }

    /// <summary>How many handling units (e.g. pallets) fit; null for virtual locations.</summary>
    public int? CapacityHandlingUnits { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Bins with history are retired, never deleted: the ledger keeps referring to them.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsPhysical => Kind == LocationKind.Bin;

    public BinSpace Space => new(X, Y, Z, Width, Depth, Height);
}
