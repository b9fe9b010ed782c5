using LKvitai.Domain.Common;

namespace LKvitai.Domain.HandlingUnits;

public enum HandlingUnitType
{
    Pallet,
    Box,
    Bag,
    Unit,
}

public enum HandlingUnitStatus
{
    Open,
    Sealed,
    Picked,
    Empty,
}

/// <summary>One item and its quantity inside a handling unit.</summary>
public sealed record HandlingUnitLine(string Sku, decimal Quantity);

/// <summary>Stock that changes place: from a location (and handling unit, or loose) to another.</summary>
public sealed record StockTransfer(string Sku, decimal Quantity, string FromLocation, Guid? FromHandlingUnit, string ToLocation, Guid? ToHandlingUnit);

/// <summary>
/// A handling unit as its rules see it: status OPEN → SEALED → PICKED / EMPTY, exactly one location, lines.
/// Lines may be added or removed only while OPEN; sealing needs a line; a sealed unit accepts no stock and its lines
/// cannot be edited, but it can move, be split, merged into an open unit, or picked. Each operation answers with the
/// stock transfers the ledger must append — the ledger applies them, so contents never go below zero.
/// <see cref="ExpiresOn"/> is the unit's expiry (best-before) date — the earliest of the lots put on it, printed as "Best
/// before" on its label; allocation takes the earliest-expiring stock first (FEFO). Stock moved onto another unit carries
/// its date there.
/// </summary>
public sealed record HandlingUnit(
    Guid Id, string Sscc, HandlingUnitType Type, HandlingUnitStatus Status, string Location, IReadOnlyList<HandlingUnitLine> Lines, DateOnly? ExpiresOn = null)
{
    public decimal QuantityOf(string sku) => Lines.Where(l => l.Sku == sku).Sum(l => l.Quantity);

    public bool IsActive => Status is HandlingUnitStatus.Open or HandlingUnitStatus.Sealed;

    public static HandlingUnit Create(Guid id, string sscc, HandlingUnitType type, string location) =>
        new(id, sscc, type, HandlingUnitStatus.Open, location, []);

    /// <param name="expiresOn">The lot's expiry date, when it has one: the unit keeps the earliest.</param>
    public Result<(HandlingUnit After, StockTransfer Transfer)> AddLine(string sku, decimal quantity, string fromLocation, DateOnly? expiresOn = null)
    {
        if (RequireOpen() is { } error)
        {
            return error;
        }

        return quantity <= 0
            ? HandlingUnitErrors.QuantityNotPositive
            : (this with { Lines = Add(Lines, [new(sku, quantity)]), ExpiresOn = Earliest(ExpiresOn, expiresOn) },
                new StockTransfer(sku, quantity, fromLocation, null, Location, Id));
    }

    /// <summary>The earlier of two expiry dates; a missing date does not count.</summary>
    public static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    public Result<(HandlingUnit After, StockTransfer Transfer)> RemoveLine(string sku, decimal quantity, string toLocation)
    {
        if (RequireOpen() is { } error)
        {
            return error;
        }

        if (quantity <= 0)
        {
            return HandlingUnitErrors.QuantityNotPositive;
        }

        return quantity > QuantityOf(sku)
            ? HandlingUnitErrors.NotEnoughInUnit(Sscc, sku, QuantityOf(sku))
            : (this with { Lines = Subtract([new(sku, quantity)]) }, new StockTransfer(sku, quantity, Location, Id, toLocation, null));
    }

    public Result<HandlingUnit> Seal()
    {
        if (RequireOpen() is { } error)
        {
            return error;
        }

        return Lines.Any(l => l.Quantity > 0) ? this with { Status = HandlingUnitStatus.Sealed } : HandlingUnitErrors.SealEmpty;
    }

    /// <summary>Move the whole unit: one transfer per line.</summary>
    public Result<(HandlingUnit After, IReadOnlyList<StockTransfer> Transfers)> MoveTo(string location)
    {
        if (!IsActive)
        {
            return HandlingUnitErrors.NotActive(Sscc, Status);
        }

        if (location == Location)
        {
            return HandlingUnitErrors.AlreadyThere(Sscc, location);
        }

        return (this with { Location = location },
            Lines.Where(l => l.Quantity > 0).Select(l => new StockTransfer(l.Sku, l.Quantity, Location, Id, location, Id)).ToList());
    }

    /// <summary>Some of the lines into a new unit at the same location; the source becomes EMPTY when nothing is left.</summary>
    public Result<(HandlingUnit Source, HandlingUnit Split, IReadOnlyList<StockTransfer> Transfers)> Split(
        Guid newId, string newSscc, HandlingUnitType newType, IReadOnlyList<HandlingUnitLine> lines)
    {
        if (!IsActive)
        {
            return HandlingUnitErrors.NotActive(Sscc, Status);
        }

        if (lines.Count == 0 || lines.Any(l => l.Quantity <= 0))
        {
            return HandlingUnitErrors.QuantityNotPositive;
        }

        foreach (var group in lines.GroupBy(l => l.Sku))
        {
            var wanted = group.Sum(l => l.Quantity);
            if (wanted > QuantityOf(group.Key))
            {
                return HandlingUnitErrors.NotEnoughInUnit(Sscc, group.Key, QuantityOf(group.Key));
            }
        }

        var transfers = lines.Select(l => new StockTransfer(l.Sku, l.Quantity, Location, Id, Location, newId)).ToList();
        var remaining = Subtract(lines);
        var split = new HandlingUnit(newId, newSscc, newType, Status, Location, Add([], lines), ExpiresOn);
        return (this with { Lines = remaining, Status = remaining.Count == 0 ? HandlingUnitStatus.Empty : Status }, split, transfers);
    }

    /// <summary>All lines of the sources into this (open) unit; sources at the same location become EMPTY.</summary>
    public Result<(HandlingUnit Target, IReadOnlyList<HandlingUnit> Sources, IReadOnlyList<StockTransfer> Transfers)> Merge(IReadOnlyList<HandlingUnit> sources)
    {
        if (RequireOpen() is { } error)
        {
            return error;
        }

        if (sources.Count == 0 || sources.Any(s => s.Id == Id) || sources.Select(s => s.Id).Distinct().Count() != sources.Count)
        {
            return HandlingUnitErrors.MergeSources;
        }

        foreach (var source in sources)
        {
            if (!source.IsActive)
            {
                return HandlingUnitErrors.NotActive(source.Sscc, source.Status);
            }

            if (source.Location != Location)
            {
                return HandlingUnitErrors.NotSameLocation(source.Sscc, source.Location, Location);
            }
        }

        var transfers = sources.SelectMany(s => s.Lines.Where(l => l.Quantity > 0)
            .Select(l => new StockTransfer(l.Sku, l.Quantity, Location, s.Id, Location, Id))).ToList();
        var target = this with
        {
            Lines = Add(Lines, sources.SelectMany(s => s.Lines).ToList()),
            ExpiresOn = sources.Aggregate(ExpiresOn, (earliest, s) => Earliest(earliest, s.ExpiresOn)),
        };
        return (target, sources.Select(s => s with { Lines = [], Status = HandlingUnitStatus.Empty }).ToList(), transfers);
    }

    /// <summary>A quantity of one item from this unit into another open unit at the same location.</summary>
    public Result<(HandlingUnit Source, HandlingUnit Target, StockTransfer Transfer)> GiveTo(HandlingUnit target, string sku, decimal quantity)
    {
        if (!IsActive)
        {
            return HandlingUnitErrors.NotActive(Sscc, Status);
        }

        if (target.RequireOpen() is { } error)
        {
            return error;
        }

        if (target.Id == Id)
        {
            return HandlingUnitErrors.MergeSources;
        }

        if (target.Location != Location)
        {
            return HandlingUnitErrors.NotSameLocation(target.Sscc, target.Location, Location);
        }

        if (quantity <= 0)
        {
            return HandlingUnitErrors.QuantityNotPositive;
        }

        if (quantity > QuantityOf(sku))
        {
            return HandlingUnitErrors.NotEnoughInUnit(Sscc, sku, QuantityOf(sku));
        }

        var remaining = Subtract([new(sku, quantity)]);
        return (this with { Lines = remaining, Status = remaining.Count == 0 ? HandlingUnitStatus.Empty : Status },
            target with { Lines = Add(target.Lines, [new(sku, quantity)]), ExpiresOn = Earliest(target.ExpiresOn, ExpiresOn) },
            new StockTransfer(sku, quantity, Location, Id, Location, target.Id));
    }

    /// <summary>Pick a quantity out of the unit (open or sealed) to a virtual location; an emptied unit becomes PICKED.</summary>
    public Result<(HandlingUnit After, StockTransfer Transfer)> Pick(string sku, decimal quantity, string toLocation)
    {
        if (!IsActive)
        {
            return HandlingUnitErrors.NotActive(Sscc, Status);
        }

        if (quantity <= 0)
        {
            return HandlingUnitErrors.QuantityNotPositive;
        }

        if (quantity > QuantityOf(sku))
        {
            return HandlingUnitErrors.NotEnoughInUnit(Sscc, sku, QuantityOf(sku));
        }

        var remaining = Subtract([new(sku, quantity)]);
        return (this with { Lines = remaining, Status = remaining.Count == 0 ? HandlingUnitStatus.Picked : Status },
            new StockTransfer(sku, quantity, Location, Id, toLocation, null));
    }

    /// <summary>Undo a receipt: every line back to <paramref name="location"/> (the supplier); the unit becomes EMPTY.</summary>
    public Result<(HandlingUnit After, IReadOnlyList<StockTransfer> Transfers)> ReturnAll(string location)
    {
        if (!IsActive)
        {
            return Status == HandlingUnitStatus.Empty ? (this, []) : HandlingUnitErrors.NotActive(Sscc, Status);
        }

        return (this with { Lines = [], Status = HandlingUnitStatus.Empty },
            Lines.Where(l => l.Quantity > 0).Select(l => new StockTransfer(l.Sku, l.Quantity, Location, Id, location, null)).ToList());
    }

    private Error? RequireOpen() => Status switch
    {
        HandlingUnitStatus.Open => null,
        HandlingUnitStatus.Sealed => HandlingUnitErrors.Sealed(Sscc),
        _ => HandlingUnitErrors.NotActive(Sscc, Status),
    };

    private List<HandlingUnitLine> Subtract(IReadOnlyList<HandlingUnitLine> taken) =>
        Lines.Select(l => l with { Quantity = l.Quantity - taken.Where(t => t.Sku == l.Sku).Sum(t => t.Quantity) })
            .Where(l => l.Quantity > 0).ToList();

    private static List<HandlingUnitLine> Add(IReadOnlyList<HandlingUnitLine> lines, IReadOnlyList<HandlingUnitLine> more) =>
        lines.Concat(more).GroupBy(l => l.Sku).Select(g => new HandlingUnitLine(g.Key, g.Sum(l => l.Quantity)))
            .Where(l => l.Quantity > 0).OrderBy(l => l.Sku, StringComparer.Ordinal).ToList();
}

public static class HandlingUnitErrors
{
    public static Error Sealed(string sscc) =>
        Error.BusinessRule("hu.sealed", "Cannot modify sealed HU", $"Handling unit {sscc} is sealed: its lines cannot change.");

    public static Error NotActive(string sscc, HandlingUnitStatus status) =>
        Error.BusinessRule("hu.not_active", "Handling unit is closed", $"Handling unit {sscc} is {status.ToString().ToUpperInvariant()}.");

    public static readonly Error SealEmpty =
        Error.BusinessRule("hu.empty", "Cannot seal an empty HU", "Add at least one line before sealing.");

    public static readonly Error QuantityNotPositive =
        Error.BusinessRule("hu.quantity_not_positive", "Quantity must be greater than zero");

    public static readonly Error MergeSources =
        Error.BusinessRule("hu.merge_sources", "Choose other handling units", "Merge needs at least one source, each once, none of them the target.");

    public static Error NotEnoughInUnit(string sscc, string sku, decimal has) =>
        Error.BusinessRule("hu.insufficient_quantity", "Not enough in the handling unit", $"Handling unit {sscc} holds {has} of {sku}.");

    public static Error NotSameLocation(string sscc, string location, string expected) =>
        Error.BusinessRule("hu.not_same_location", "Handling units are in different bins", $"Handling unit {sscc} is in {location}, not {expected}.");

    public static Error AlreadyThere(string sscc, string location) =>
        Error.BusinessRule("hu.already_there", "Handling unit is already there", $"Handling unit {sscc} is already in {location}.");

    public static Error CapacityExceeded(string location, int capacity) =>
        Error.BusinessRule("hu.capacity_exceeded", "Bin capacity exceeded", $"Bin {location} holds at most {capacity} handling units.");

    public static Error NotFound(string lpn) =>
        Error.NotFound("hu.not_found", "Handling unit not found", $"There is no handling unit '{lpn}'.");
}
