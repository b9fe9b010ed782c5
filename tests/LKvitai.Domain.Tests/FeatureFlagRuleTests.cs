using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LKvitai.Domain.FeatureFlags;

namespace LKvitai.Domain.Tests;

public sealed class FeatureFlagRuleTests
{
    private static FeatureFlagRule Rule(bool enabled, int percentage, params string[] whitelist) =>
        new(FeatureFlagKeys.ReservationEngine, enabled, percentage, whitelist);

    [Fact]
    public void IsOnFor_WhenDisabled_IsOffEvenForWhitelistedUsers() =>
        Rule(false, 100, "operator1").IsOnFor("operator1").Should().BeFalse();

    [Fact]
    public void IsOnFor_WhenEnabledAndWhitelisted_IsOnAtZeroPercent()
    {
        var rule = Rule(true, 0, "operator1", "operator2");

        rule.IsOnFor("operator1").Should().BeTrue();
        rule.IsOnFor("OPERATOR2").Should().BeTrue("usernames are compared without case");
        rule.IsOnFor("operator3").Should().BeFalse();
    }

    [Property(MaxTest = 200)]
    public bool IsOnFor_AtZeroPercent_IsOffAndAtHundredIsOn_ForAnyUser(NonEmptyString user) =>
        !Rule(true, 0).IsOnFor(user.Get) && Rule(true, 100).IsOnFor(user.Get);

    [Property(MaxTest = 200)]
    public bool IsOnFor_IsStable_TheSameUserAlwaysGetsTheSameAnswer(NonEmptyString user, byte percentage)
    {
        var rule = Rule(true, percentage % 101);
        var first = rule.IsOnFor(user.Get);
        return Enumerable.Range(0, 5).All(_ => rule.IsOnFor(user.Get) == first)
            && new FeatureFlagRule(rule.Key, true, rule.RolloutPercentage, []).IsOnFor(user.Get) == first;
    }

    [Property(MaxTest = 200)]
    public bool IsOnFor_IsMonotonic_RaisingThePercentageNeverTurnsAUserOff(NonEmptyString user, byte a, byte b)
    {
        var (x, y) = (a % 101, b % 101);
        var (low, high) = (Math.Min(x, y), Math.Max(x, y));
        return !Rule(true, low).IsOnFor(user.Get) || Rule(true, high).IsOnFor(user.Get);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(90)]
    public void IsOnFor_OverManyUsers_ReachesRoughlyThePercentage(int percentage)
    {
        var rule = Rule(true, percentage);

        var on = Enumerable.Range(0, 10_000).Count(i => rule.IsOnFor($"user{i}"));

        (on / 100.0).Should().BeApproximately(percentage, 2.5);
    }

    [Fact]
    public void Bucket_DiffersBetweenFlags_SoRolloutsDoNotAlwaysHitTheSameUsers()
    {
        var users = Enumerable.Range(0, 1000).Select(i => $"user{i}").ToList();

        var same = users.Count(u => FeatureFlagRule.Bucket("flag_a", u) == FeatureFlagRule.Bucket("flag_b", u));

        same.Should().BeLessThan(50);
    }

    [Fact]
    public void Bucket_IsAlwaysBetweenZeroAndNinetyNine() =>
        Prop.ForAll<string>(s => s is null || FeatureFlagRule.Bucket("k", s) is >= 0 and < 100).QuickCheckThrowOnFailure();
}
