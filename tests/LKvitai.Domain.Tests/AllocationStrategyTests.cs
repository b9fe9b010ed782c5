using LKvitai.Domain.HandlingUnits;
using LKvitai.Domain.Reservations;

namespace LKvitai.Domain.Tests;

/// <summary>The documented allocation strategy (FEFO, then FIFO, then fewest units, then walk order) and who gets bumped.</summary>
public sealed class AllocationStrategyTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static AllocationCandidate Unit(string bin, decimal available, int receivedDay, DateOnly? expires = null, string? walk = null) =>
        new(bin, "BOLT", Guid.NewGuid(), available, Day.AddDays(receivedDay), walk ?? bin, expires);

    private static IReadOnlyList<string> Chosen(decimal quantity, params AllocationCandidate[] candidates) =>
        Allocation.Choose([new ReservationLine("BOLT", quantity)], candidates).Locks.Select(l => l.Location).ToList();

    [Fact]
    public void EarliestExpiry_GoesFirst_EvenWhenReceivedLater_AndUndatedStockGoesLast()
    {
        var undatedOldest = Unit("A-1", 5, receivedDay: 0);
        var expiresLate = Unit("B-1", 5, receivedDay: 1, expires: new DateOnly(2027, 6, 1));
        var expiresSoon = Unit("C-1", 5, receivedDay: 9, expires: new DateOnly(2027, 1, 15));
        Chosen(12, undatedOldest, expiresLate, expiresSoon).Should().Equal("C-1", "B-1", "A-1");
    }

    [Fact]
    public void WithoutExpiry_OldestReceiptFirst_ThenTheLargerQuantity_ThenTheWalk_AndLooseStockAfterUnits()
    {
        var loose = new AllocationCandidate("A-0", "BOLT", Guid.Empty, 50, null, "A/1/001/A-0");
        Chosen(4, Unit("Z-9", 5, 3), Unit("Y-9", 5, 1), loose).Should().Equal("Y-9");
        Chosen(4, Unit("Z-9", 3, 1), Unit("Y-9", 8, 1)).Should().Equal(["Y-9"], "one unit instead of two");
        Chosen(4, Unit("Z-9", 5, 1, walk: "B/2"), Unit("Y-9", 5, 1, walk: "C/1"), Unit("X-9", 5, 1, walk: "A/7")).Should().Equal("X-9");
        Chosen(10, Unit("Y-9", 5, 1), loose).Should().Equal("Y-9", "A-0");
    }

    [Fact]
    public void TooLittle_IsAShortageWithTheQuantities_AndTwoLinesOfOneItemShareALock()
    {
        var (locks, shortages) = Allocation.Choose([new ReservationLine("BOLT", 3), new ReservationLine("BOLT", 4)], [Unit("A-1", 5, 0)]);
        shortages.Should().Equal("BOLT: 2 of 4 available");
        locks.Should().ContainSingle().Which.Quantity.Should().Be(5);
    }

    [Fact]
    public void Bumping_TakesTheLowestPriorityFirst_OnlyBelowTheNewcomer_AndAnyForAHardLock()
    {
        var (low, mid, me) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        SoftClaim[] claims = [new(low, 1, Day, 4), new(mid, 5, Day, 4), new(me, 5, Day, 4)];
        BumpPolicy.Choose(4, claims, me, 5, byHardLock: false).Should().Equal([low], "equal priority is never bumped by a SOFT newcomer");
        BumpPolicy.Choose(4, claims, me, 5, byHardLock: true).Should().Equal(low, mid);
        BumpPolicy.Choose(12, claims, me, 5, byHardLock: true).Should().BeEmpty("everything fits");
        BumpPolicy.Choose(10, claims, me, 5, byHardLock: false).Should().Equal([low], "12 claimed on 10: the lowest priority goes, and that is enough");
    }

    [Fact]
    public void ExpiryTravelsWithTheStock_AndAUnitKeepsTheEarliestDate()
    {
        var (soon, late) = (new DateOnly(2027, 1, 1), new DateOnly(2027, 9, 1));
        var pallet = HandlingUnit.Create(Guid.NewGuid(), "P", HandlingUnitType.Pallet, "A-1");
        pallet = pallet.AddLine("BOLT", 5, "SUPPLIER", late).Value.After;
        pallet.ExpiresOn.Should().Be(late);
        pallet = pallet.AddLine("NUT", 5, "SUPPLIER").Value.After;
        pallet.ExpiresOn.Should().Be(late, "undated stock does not clear the date");
        pallet = pallet.AddLine("BOLT", 1, "SUPPLIER", soon).Value.After;
        pallet.ExpiresOn.Should().Be(soon);

        var split = pallet.Split(Guid.NewGuid(), "S", HandlingUnitType.Box, [new HandlingUnitLine("BOLT", 2)]).Value.Split;
        split.ExpiresOn.Should().Be(soon);
        var box = HandlingUnit.Create(Guid.NewGuid(), "B", HandlingUnitType.Box, "A-1");
        box.Merge([pallet]).Value.Target.ExpiresOn.Should().Be(soon);
        pallet.GiveTo(box, "NUT", 1).Value.Target.ExpiresOn.Should().Be(soon);
    }
}
