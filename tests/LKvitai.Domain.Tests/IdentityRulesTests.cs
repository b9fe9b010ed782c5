using LKvitai.Domain.Catalog;
using LKvitai.Domain.Identity;

namespace LKvitai.Domain.Tests;

public sealed class IdentityRulesTests
{
    [Theory]
    [InlineData("operator", true)]
    [InlineData("picker.one", true)]
    [InlineData("o1", true)]
    [InlineData("a", false)]
    [InlineData("Operator", false)]
    [InlineData("-dash", false)]
    [InlineData("with space", false)]
    [InlineData(null, false)]
    public void IsValidUsername_AcceptsOnlyBadgeFriendlyNames(string? username, bool valid) =>
        UserAccountRules.IsValidUsername(username).Should().Be(valid);

    [Theory]
    [InlineData(true, false, 1, true)]
    [InlineData(true, false, 2, false)]
    [InlineData(true, true, 1, false)]
    [InlineData(false, false, 1, false)]
    public void WouldRemoveLastAdministrator_OnlyWhenTheLastActiveAdministratorLosesTheRole(
        bool isAdministrator, bool remainsAdministrator, int activeAdministrators, bool expected) =>
        UserAccountRules.WouldRemoveLastAdministrator(isAdministrator, remainsAdministrator, activeAdministrators).Should().Be(expected);

    [Fact]
    public void Access_ForRoles_PermitsOnlyThoseRoles()
    {
        var access = Access.ForRoles(Roles.Manager, Roles.Administrator);

        access.Permits(true, [Roles.Manager]).Should().BeTrue();
        access.Permits(true, [Roles.Operator, Roles.Administrator]).Should().BeTrue();
        access.Permits(true, [Roles.Operator]).Should().BeFalse();
        access.Permits(false, [Roles.Manager]).Should().BeFalse("roles without authentication mean nothing");
    }

    [Fact]
    public void Access_AnyAuthenticatedAndAnonymous()
    {
        Access.AnyAuthenticated.Permits(true, []).Should().BeTrue();
        Access.AnyAuthenticated.Permits(false, []).Should().BeFalse();
        Access.Anonymous.Permits(false, []).Should().BeTrue();
    }

    [Theory]
    [InlineData("BOLT-M8-40", true)]
    [InlineData("CABLE-3X1.5", true)]
    [InlineData("A/B_C", true)]
    [InlineData("lower", false)]
    [InlineData("-START", false)]
    [InlineData("", false)]
    [InlineData("WAY-TOO-LONG-CODE-THAT-NO-LABEL-PRINTER-FITS", false)]
    public void SkuCode_IsPrintableAsABarcode(string code, bool valid) =>
        SkuRules.IsValidCode(code).Should().Be(valid);
}
