using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LKvitai.Domain.Ledger;

namespace LKvitai.Domain.Tests;

/// <summary>The ledger's arithmetic over random movement streams (the database enforces the same rules).</summary>
public sealed class BalanceBookProperties
{
    private static readonly string[] Places = ["SUPPLIER", "BIN-A", "BIN-B", "BIN-C", "PRODUCTION"];
    private static readonly string[] Skus = ["BOLT", "NUT"];

    private static bool IsPhysical(string location) => location.StartsWith("BIN-", StringComparison.Ordinal);

    private static Gen<MovementRequest> Movement =>
        from source in Gen.Elements(Places)
        from target in Gen.Elements(Places).Where(t => t != source)
        from sku in Gen.Elements(Skus)
        from quantity in Gen.Choose(1, 20)
        select new MovementRequest(sku, quantity, source, target, MovementType.Transfer);

    public static Arbitrary<MovementRequest[]> Streams() => Arb.From(Gen.ArrayOf(Movement));

    [Property(MaxTest = 200, Arbitrary = [typeof(BalanceBookProperties)])]
    public bool PhysicalBalances_NeverGoNegative(MovementRequest[] stream)
    {
        var book = new BalanceBook(IsPhysical);
        foreach (var movement in stream)
        {
            book.TryApply([movement]);
        }

        return book.Balances.Where(b => IsPhysical(b.Key.Location)).All(b => b.Value >= 0);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(BalanceBookProperties)])]
    public bool AllBalancesOfAnItem_IncludingVirtual_SumToZero(MovementRequest[] stream)
    {
        var book = new BalanceBook(IsPhysical);
        foreach (var movement in stream)
        {
            book.TryApply([movement]);
        }

        return Skus.All(sku => book.Balances.Where(b => b.Key.Sku == sku).Sum(b => b.Value) == 0);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(BalanceBookProperties)])]
    public bool Balances_DoNotDependOnHowAcceptedMovementsAreGrouped(MovementRequest[] stream, PositiveInt groupSize)
    {
        // Apply one by one, keep what was accepted; the same accepted movements in batches give the same balances.
        var single = new BalanceBook(IsPhysical);
        var accepted = stream.Where(m => single.TryApply([m])).ToList();

        var grouped = new BalanceBook(IsPhysical);
        var allApplied = accepted.Chunk(Math.Min(groupSize.Get, 10)).All(chunk => grouped.TryApply(chunk));

        return allApplied && single.Balances.Where(b => b.Value != 0).OrderBy(b => b.Key)
            .SequenceEqual(grouped.Balances.Where(b => b.Value != 0).OrderBy(b => b.Key));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(BalanceBookProperties)])]
    public bool RefusedBatch_ChangesNothing(MovementRequest[] stream)
    {
        var book = new BalanceBook(IsPhysical);
        foreach (var movement in stream)
        {
            book.TryApply([movement]);
        }

        var before = book.Balances.ToDictionary();
        var impossible = new MovementRequest("BOLT", 1_000_000, "BIN-A", "BIN-B", MovementType.Transfer);
        var refused = !book.TryApply([.. stream.Take(3), impossible]);

        return refused && book.Balances.Count == before.Count && before.All(b => book.BalanceOf(b.Key.Location, b.Key.Sku) == b.Value);
    }

    [Fact]
    public void TryApply_RefusesSameSourceAndDestination_AndQuantitiesOutsideTheScale()
    {
        var book = new BalanceBook(IsPhysical);

        book.TryApply([new MovementRequest("BOLT", 1, "BIN-A", "BIN-A", MovementType.Transfer)]).Should().BeFalse();
        book.TryApply([new MovementRequest("BOLT", 0, "SUPPLIER", "BIN-A", MovementType.Receipt)]).Should().BeFalse();
        book.TryApply([new MovementRequest("BOLT", 0.0001m, "SUPPLIER", "BIN-A", MovementType.Receipt)]).Should().BeFalse();
        book.TryApply([new MovementRequest("BOLT", 0.001m, "SUPPLIER", "BIN-A", MovementType.Receipt)]).Should().BeTrue();
    }
}
