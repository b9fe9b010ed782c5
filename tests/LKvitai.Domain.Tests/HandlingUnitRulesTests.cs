using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LKvitai.Domain.HandlingUnits;

namespace LKvitai.Domain.Tests;

/// <summary>Handling-unit rules, each valid and invalid, SSCC check digits, and split conservation as a property.</summary>
public sealed class HandlingUnitRulesTests
{
    private static HandlingUnit Open(params (string Sku, decimal Quantity)[] lines) =>
        new(Guid.NewGuid(), Sscc.Create('0', "0614141", 7), HandlingUnitType.Pallet, HandlingUnitStatus.Open, "BIN-1",
            lines.Select(l => new HandlingUnitLine(l.Sku, l.Quantity)).ToList());

    [Theory]
    [InlineData("10614141234567890", '8')] // GS1's published example SSCC (00) 1 0614141 234567890 8
    [InlineData("00000000000000000", '0')]
    [InlineData("12345678901234567", '5')]
    public void CheckDigit_FollowsGs1Mod10(string body, char expected) => Sscc.CheckDigit(body).Should().Be(expected);

    [Fact]
    public void Create_PadsTheSerial_AndAppendsTheCheckDigit()
    {
        var sscc = Sscc.Create('1', "0614141", 234567890);
        sscc.Should().Be("106141412345678908");
        Sscc.IsValid(sscc).Should().BeTrue();
        Sscc.Normalise("(00)106141412345678908").Should().Be(sscc);
        Sscc.Normalise("00106141412345678908").Should().Be(sscc);
        Sscc.IsValid("106141412345678907").Should().BeFalse("wrong check digit");
        Sscc.IsValid("10614141234567890").Should().BeFalse("17 digits");
        FluentActions.Invoking(() => Sscc.Create('0', "06141", 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Sscc.Create('0', "0614141", 1_000_000_000)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("(00)106141412345678908", "106141412345678908")]
    [InlineData(" 106141412345678908 ", "106141412345678908")]
    [InlineData(" lpn-old-7 ", "LPN-OLD-7")]
    [InlineData("106141412345678907", "106141412345678907")]
    public void AsLpn_GivesTheSsccDigits_OrTheTextTrimmedAndUpperCased(string scanned, string stored) =>
        Sscc.AsLpn(scanned).Should().Be(stored);

    [Fact]
    public void AddAndRemove_WorkWhileOpen_AndAreRefusedWhenSealed()
    {
        var unit = Open();
        var added = unit.AddLine("BOLT", 5, "SUPPLIER");
        added.IsSuccess.Should().BeTrue();
        added.Value.After.QuantityOf("BOLT").Should().Be(5);
        added.Value.Transfer.Should().Be(new StockTransfer("BOLT", 5, "SUPPLIER", null, "BIN-1", unit.Id));

        var removed = added.Value.After.RemoveLine("BOLT", 2, "BIN-1");
        removed.Value.After.QuantityOf("BOLT").Should().Be(3);
        added.Value.After.RemoveLine("BOLT", 6, "BIN-1").Error!.Code.Should().Be("hu.insufficient_quantity");
        unit.AddLine("BOLT", 0, "SUPPLIER").Error!.Code.Should().Be("hu.quantity_not_positive");

        var sealedUnit = added.Value.After.Seal().Value!;
        sealedUnit.Status.Should().Be(HandlingUnitStatus.Sealed);
        var refused = sealedUnit.AddLine("BOLT", 1, "SUPPLIER");
        (refused.Error!.Code, refused.Error.Title).Should().Be(("hu.sealed", "Cannot modify sealed HU"));
        sealedUnit.RemoveLine("BOLT", 1, "BIN-1").Error!.Code.Should().Be("hu.sealed");
        sealedUnit.Seal().Error!.Code.Should().Be("hu.sealed");
    }

    [Fact]
    public void Seal_NeedsALine()
    {
        Open().Seal().Error!.Code.Should().Be("hu.empty");
        Open(("BOLT", 1)).Seal().IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Move_GivesOneTransferPerLine_AndIsRefusedForClosedUnitsOrTheSameBin()
    {
        var moved = Open(("BOLT", 5), ("NUT", 2)).MoveTo("BIN-2");
        moved.Value.Transfers.Should().HaveCount(2).And.OnlyContain(t => t.FromLocation == "BIN-1" && t.ToLocation == "BIN-2");
        moved.Value.After.Location.Should().Be("BIN-2");
        Open(("BOLT", 5)).MoveTo("BIN-1").Error!.Code.Should().Be("hu.already_there");
        (Open(("BOLT", 5)) with { Status = HandlingUnitStatus.Empty }).MoveTo("BIN-2").Error!.Code.Should().Be("hu.not_active");
    }

    [Fact]
    public void Merge_NeedsAnOpenTarget_InTheSameBin_AndEmptiesTheSources()
    {
        var target = Open(("BOLT", 1));
        var source = Open(("BOLT", 2), ("NUT", 3)) with { Status = HandlingUnitStatus.Sealed };
        var merged = target.Merge([source]);
        merged.Value.Target.Lines.Should().BeEquivalentTo([new HandlingUnitLine("BOLT", 3), new HandlingUnitLine("NUT", 3)]);
        merged.Value.Sources.Should().OnlyContain(s => s.Status == HandlingUnitStatus.Empty && s.Lines.Count == 0);

        source.Merge([target]).Error!.Code.Should().Be("hu.sealed");
        target.Merge([source with { Location = "BIN-9" }]).Error!.Code.Should().Be("hu.not_same_location");
        target.Merge([target]).Error!.Code.Should().Be("hu.merge_sources");
        target.Merge([]).Error!.Code.Should().Be("hu.merge_sources");
    }

    [Fact]
    public void GiveTo_MovesOneItemIntoAnOpenUnit()
    {
        var (from, to) = (Open(("BOLT", 4)), Open());
        var given = from.GiveTo(to, "BOLT", 4);
        given.Value.Source.Status.Should().Be(HandlingUnitStatus.Empty);
        given.Value.Target.QuantityOf("BOLT").Should().Be(4);
        from.GiveTo(to with { Status = HandlingUnitStatus.Sealed }, "BOLT", 1).Error!.Code.Should().Be("hu.sealed");
        from.GiveTo(to, "BOLT", 5).Error!.Code.Should().Be("hu.insufficient_quantity");
    }

    public static Arbitrary<(HandlingUnitLine[] Lines, int[] Shares)> SplitCases() => Arb.From(
        from lines in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(
            from sku in Gen.Elements("BOLT", "NUT", "SCREW", "WASHER")
            from quantity in Gen.Choose(1, 100)
            select new HandlingUnitLine(sku, quantity), n))
        from shares in Gen.ArrayOf(Gen.Choose(0, 120), lines.Length)
        select (lines, shares));

    [Property(MaxTest = 200, Arbitrary = [typeof(HandlingUnitRulesTests)])]
    public bool Split_ConservesEveryQuantity((HandlingUnitLine[] Lines, int[] Shares) input)
    {
        var unit = Open() with { Lines = input.Lines.GroupBy(l => l.Sku).Select(g => new HandlingUnitLine(g.Key, g.Sum(l => l.Quantity))).ToList() };
        var wanted = unit.Lines.Select((l, i) => new HandlingUnitLine(l.Sku, input.Shares[i % input.Shares.Length])).Where(l => l.Quantity > 0).ToList();
        var split = unit.Split(Guid.NewGuid(), "000000000000000000", HandlingUnitType.Box, wanted);
        if (!split.IsSuccess)
        {
            // Refused only when nothing is asked or more than the unit holds — and then nothing changes.
            return wanted.Count == 0 || wanted.Any(w => w.Quantity > unit.QuantityOf(w.Sku));
        }

        var (source, created, transfers) = split.Value;
        return unit.Lines.All(l => source.QuantityOf(l.Sku) + created.QuantityOf(l.Sku) == l.Quantity)
            && transfers.Sum(t => t.Quantity) == created.Lines.Sum(l => l.Quantity)
            && created.Location == unit.Location
            && (source.Lines.Count > 0 || source.Status == HandlingUnitStatus.Empty);
    }
}
