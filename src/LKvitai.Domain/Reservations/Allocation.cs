namespace LKvitai.Domain.Reservations;

/// <summary>Stock that could be allocated: one balance row (bin, item, handling unit or loose) and what is free of HARD locks.</summary>
public sealed record AllocationCandidate(
    string Location, string Sku, Guid HandlingUnit, decimal Available, DateTimeOffset? ReceivedAt, string WalkOrder, DateOnly? ExpiresOn = null);

/// <summary>
/// The allocation strategy. Per line, candidates of the item in this order: the earliest expiry first (FEFO) where units
/// carry an expiry date, those without one after; then the oldest receipt first (FIFO; loose stock, without a receipt
/// date, after all handling units); then the larger quantity first (so fewer units are needed); then the walk order
/// (aisle, rack, level). SOFT locks may overbook, so other reservations' SOFT locks do not reduce what is available;
/// HARD locks do.
/// </summary>
public static class Allocation
{
    public static (IReadOnlyList<StockLock> Locks, IReadOnlyList<string> Shortages) Choose(
        IReadOnlyList<ReservationLine> lines, IReadOnlyList<AllocationCandidate> candidates)
    {
        var locks = new List<StockLock>();
        var shortages = new List<string>();
        var left = candidates.ToDictionary(c => (c.Location, c.Sku, c.HandlingUnit), c => c.Available);
        foreach (var line in lines)
        {
            var needed = line.Quantity;
            foreach (var candidate in candidates.Where(c => c.Sku == line.Sku && c.Available > 0)
                         .OrderBy(c => c.ExpiresOn ?? DateOnly.MaxValue).ThenBy(c => c.ReceivedAt ?? DateTimeOffset.MaxValue).ThenByDescending(c => c.Available)
                         .ThenBy(c => c.WalkOrder, StringComparer.Ordinal))
            {
                var key = (candidate.Location, candidate.Sku, candidate.HandlingUnit);
                var take = Math.Min(needed, left[key]);
                if (take <= 0)
                {
                    continue;
                }

                left[key] -= take;
                needed -= take;
                locks.Add(new StockLock(candidate.Location, candidate.Sku, candidate.HandlingUnit, take, LockKind.Soft));
                if (needed == 0)
                {
                    break;
                }
            }

            if (needed > 0)
            {
                shortages.Add($"{line.Sku}: {Text(line.Quantity - needed)} of {Text(line.Quantity)} available");
            }
        }

        static string Text(decimal quantity) => quantity.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

        // Two lines of one item on the same stock become one lock.
        var merged = locks.GroupBy(l => (l.Location, l.Sku, l.HandlingUnit))
            .Select(g => g.First() with { Quantity = g.Sum(l => l.Quantity) }).ToList();
        return (merged, shortages);
    }
}

/// <summary>A SOFT lock of some reservation on one stock row, as bumping sees it.</summary>
public sealed record SoftClaim(Guid Reservation, int Priority, DateTimeOffset CreatedAt, decimal Quantity);

/// <summary>
/// Who gets bumped when a stock row is overbooked: SOFT claims beyond what is free of HARD locks, lowest priority first
/// (newest first among equals). A HARD lock bumps any SOFT claim that no longer fits; a new allocation bumps only claims of
/// lower priority than its own. HARD locks themselves are never bumped.
/// </summary>
public static class BumpPolicy
{
    public static IReadOnlyList<Guid> Choose(decimal available, IReadOnlyList<SoftClaim> claims, Guid by, int byPriority, bool byHardLock)
    {
        var bumped = new List<Guid>();
        var claimed = claims.Sum(c => c.Quantity);
        foreach (var claim in claims.Where(c => c.Reservation != by && (byHardLock || c.Priority < byPriority))
                     .OrderBy(c => c.Priority).ThenByDescending(c => c.CreatedAt))
        {
            if (claimed <= available)
            {
                break;
            }

            bumped.Add(claim.Reservation);
            claimed -= claim.Quantity;
        }

        return bumped;
    }
}
