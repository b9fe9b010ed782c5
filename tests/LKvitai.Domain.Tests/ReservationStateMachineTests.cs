using LKvitai.Domain.Reservations;

namespace LKvitai.Domain.Tests;

/// <summary>Every transition of the reservation state machine, allowed and forbidden.</summary>
public sealed class ReservationStateMachineTests
{
    private static Reservation In(ReservationStatus status) =>
        new(Guid.NewGuid(), "SALES_ORDER", "SO-1", 5, status, 3, [new ReservationLine("BOLT", 10)]);

    public static TheoryData<ReservationStatus, string, ReservationStatus?> Transitions()
    {
        var data = new TheoryData<ReservationStatus, string, ReservationStatus?>();
        var allowed = new Dictionary<(ReservationStatus, string), ReservationStatus>
        {
            [(ReservationStatus.Pending, "Allocate")] = ReservationStatus.Allocated,
            [(ReservationStatus.Allocated, "Allocate")] = ReservationStatus.Allocated,
            [(ReservationStatus.Bumped, "Allocate")] = ReservationStatus.Allocated,
            [(ReservationStatus.Pending, "AllocationFailed")] = ReservationStatus.Pending,
            [(ReservationStatus.Allocated, "AllocationFailed")] = ReservationStatus.Pending,
            [(ReservationStatus.Bumped, "AllocationFailed")] = ReservationStatus.Pending,
            [(ReservationStatus.Allocated, "StartPicking")] = ReservationStatus.Picking,
            [(ReservationStatus.Picking, "Consume")] = ReservationStatus.Consumed,
            [(ReservationStatus.Pending, "Cancel")] = ReservationStatus.Cancelled,
            [(ReservationStatus.Allocated, "Cancel")] = ReservationStatus.Cancelled,
            [(ReservationStatus.Picking, "Cancel")] = ReservationStatus.Cancelled,
            [(ReservationStatus.Bumped, "Cancel")] = ReservationStatus.Cancelled,
            [(ReservationStatus.Allocated, "Bump")] = ReservationStatus.Bumped,
        };
        foreach (var status in Enum.GetValues<ReservationStatus>())
        {
            foreach (var action in new[] { "Allocate", "AllocationFailed", "StartPicking", "Consume", "Cancel", "Bump" })
            {
                data.Add(status, action, allowed.TryGetValue((status, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_IsAllowedExactlyWhereTheStateMachineSays(ReservationStatus from, string action, ReservationStatus? expected)
    {
        var reservation = In(from);
        var result = action switch
        {
            "Allocate" => reservation.Allocate(),
            "AllocationFailed" => reservation.AllocationFailed("too little stock"),
            "StartPicking" => reservation.StartPicking(),
            "Consume" => reservation.Consume(),
            "Cancel" => reservation.Cancel("not needed"),
            _ => reservation.Bump("priority 9 needs it"),
        };

        if (expected is { } to)
        {
            result.IsSuccess.Should().BeTrue(result.Error?.Detail);
            result.Value.Reservation.Status.Should().Be(to);
            result.Value.Event.Version.Should().Be(4, "each event takes the next version of the stream");
            result.Value.Event.StatusAfter.Should().Be(to);
        }
        else
        {
            result.IsSuccess.Should().BeFalse($"{from} --{action}--> must be refused");
            if ((from, action) is (ReservationStatus.Picking, "Bump") or (ReservationStatus.Bumped, "StartPicking"))
            {
                (result.Error!.Code, result.Error.Title).Should().Be(("reservation.hard_locked", "Stock hard-locked by another reservation"));
            }
            else
            {
                result.Error!.Code.Should().Be("reservation.invalid_transition");
            }
        }
    }

    [Fact]
    public void Picking_IsOnlyForReservationsInPicking()
    {
        In(ReservationStatus.Picking).CanPick().Should().BeNull();
        var refused = In(ReservationStatus.Allocated).CanPick();
        (refused!.Code, refused.Title).Should().Be(("reservation.not_picking", "Reservation not in picking state"));
    }

    [Fact]
    public void Create_NeedsLinesWithQuantities()
    {
        Reservation.Create(Guid.NewGuid(), "SALES_ORDER", null, 1, []).Error!.Code.Should().Be("reservation.needs_lines");
        Reservation.Create(Guid.NewGuid(), "SALES_ORDER", null, 1, [new("BOLT", 0)]).Error!.Code.Should().Be("reservation.needs_lines");
        var created = Reservation.Create(Guid.NewGuid(), "SALES_ORDER", null, 1, [new("BOLT", 2)]);
        (created.Value.Reservation.Status, created.Value.Event.Version).Should().Be((ReservationStatus.Pending, 1));
    }
}

/// <summary>Bumping: SOFT claims beyond what is free go, lowest priority first; HARD locks bump any SOFT claim.</summary>
public sealed class BumpPolicyTests
{
    private static readonly DateTimeOffset T = DateTimeOffset.UnixEpoch;

    [Fact]
    public void HigherPriority_BumpsLowerSoftClaims_UntilTheRowFits()
    {
        var (low, mid, high) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var claims = new[] { new SoftClaim(low, 1, T, 4), new SoftClaim(mid, 5, T, 4), new SoftClaim(high, 9, T, 4) };
        BumpPolicy.Choose(8, claims, high, 9, byHardLock: false).Should().Equal(low);
        BumpPolicy.Choose(4, claims, high, 9, byHardLock: false).Should().Equal(low, mid);
        BumpPolicy.Choose(12, claims, high, 9, byHardLock: false).Should().BeEmpty("nothing is overbooked");
        BumpPolicy.Choose(4, claims, low, 1, byHardLock: false).Should().BeEmpty("a lower priority never bumps a higher one");
    }

    [Fact]
    public void AHardLock_BumpsEverySoftClaimThatNoLongerFits()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        BumpPolicy.Choose(0, [new SoftClaim(a, 9, T, 2), new SoftClaim(b, 1, T, 3)], Guid.NewGuid(), 1, byHardLock: true).Should().BeEquivalentTo([a, b]);
    }
}
