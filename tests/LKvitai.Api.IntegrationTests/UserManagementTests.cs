using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LKvitai.Api.IntegrationTests;

public sealed class UserManagementTests(WmsApiFactory api) : IClassFixture<WmsApiFactory>
{
    private async Task<Guid> CreateUserAsync(HttpClient admin, string username, params string[] roles)
    {
        var created = await (await admin.PostAsJsonAsync("/api/v1/users",
            new { commandId = Guid.NewGuid(), username, displayName = $"Test {username}", password = "first-password", roles }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task CreatedUser_CanSignIn_AndThePasswordIsStoredHashed()
    {
        using var admin = await api.LoginAsync("admin");
        var id = await CreateUserAsync(admin, "picker.one", "Operator");

        using var picker = await api.LoginAsync("picker.one", "first-password");
        var me = await (await picker.GetAsync("/api/v1/auth/me")).JsonAsync();
        me.GetProperty("roles")[0].GetString().Should().Be("Operator");

        var stored = await api.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == id)));
        stored.PasswordHash.Should().NotContain("first-password").And.HaveLength(84, "Identity v3 PBKDF2 hashes are 84 base64 characters");
    }

    [Fact]
    public async Task CreateUser_WhenUsernameIsTaken_Returns409_AndInvalidFieldsReturn400()
    {
        using var admin = await api.LoginAsync("admin");

        var taken = await admin.PostAsJsonAsync("/api/v1/users",
            new { commandId = Guid.NewGuid(), username = "operator", displayName = "Dup", password = "long-enough", roles = new[] { "Operator" } });
        await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict, "users.username_taken");

        var invalid = await admin.PostAsJsonAsync("/api/v1/users",
            new { commandId = Guid.NewGuid(), username = "X", displayName = "", password = "short", roles = new[] { "Wizard" } });
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("username", "displayName", "password", "roles");
    }

    [Fact]
    public async Task ChangingRoles_EndsTheUsersExistingSessions()
    {
        using var admin = await api.LoginAsync("admin");
        var id = await CreateUserAsync(admin, "shift.lead", "Operator");
        using var lead = await api.LoginAsync("shift.lead", "first-password");
        (await lead.GetAsync("/api/v1/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/v1/users/{id}",
            new { commandId = Guid.NewGuid(), displayName = "Shift lead", roles = new[] { "Manager" }, isActive = true }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        await (await lead.GetAsync("/api/v1/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        using var again = await api.LoginAsync("shift.lead", "first-password");
        var me = await (await again.GetAsync("/api/v1/auth/me")).JsonAsync();
        me.GetProperty("roles")[0].GetString().Should().Be("Manager");
    }

    [Fact]
    public async Task DeactivatedUser_CannotSignIn_AndResetPasswordReplacesTheOldOne()
    {
        using var admin = await api.LoginAsync("admin");
        var id = await CreateUserAsync(admin, "temp.worker", "Operator");

        (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { commandId = Guid.NewGuid(), newPassword = "second-password" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var anonymous = api.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "temp.worker", password = "first-password" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "temp.worker", password = "second-password" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/v1/users/{id}",
            new { commandId = Guid.NewGuid(), displayName = "Temp", roles = new[] { "Operator" }, isActive = false }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "temp.worker", password = "second-password" });
        await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
    }

    [Fact]
    public async Task UpdateUser_WhenUnknown_Returns404()
    {
        using var admin = await api.LoginAsync("admin");

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}",
            new { commandId = Guid.NewGuid(), displayName = "Nobody", roles = new[] { "Operator" }, isActive = true });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "users.not_found");
    }
}
