using System.Net;
using System.Net.Http.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Application.Common.Persistence;
using LKvitai.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Api.IntegrationTests;

public sealed class IdempotencyTests(WmsApiFactory api) : IClassFixture<WmsApiFactory>
{
    private static object NewItem(Guid commandId, string code, string name = "Idempotent item") =>
        new { commandId, code, name, unitOfMeasure = "PCS" };

    private static string NewCode() => $"IDEM-{Guid.NewGuid():N}"[..18].ToUpperInvariant();

    [Fact]
    public async Task Command_WhenRepeatedWithSamePayload_ReturnsFirstResultAndChangesNothing()
    {
        using var client = await api.LoginAsync("manager");
        var commandId = Guid.NewGuid();
        var code = NewCode();

        var first = await client.PostAsJsonAsync("/api/v1/skus", NewItem(commandId, code));
        var firstBody = await first.Content.ReadAsStringAsync();
        await Task.Delay(20);
        var second = await client.PostAsJsonAsync("/api/v1/skus", NewItem(commandId, code));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).Should().Be(firstBody);
        second.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        first.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await api.WithDbAsync(db => db.Skus.CountAsync(s => s.Code == code))).Should().Be(1);
        (await api.WithDbAsync(db => db.IdempotencyRecords.CountAsync(r => r.CommandId == commandId))).Should().Be(1);
    }

    [Fact]
    public async Task Command_WhenRepeatedWithDifferentPayload_Returns409AndChangesNothing()
    {
        using var client = await api.LoginAsync("manager");
        var commandId = Guid.NewGuid();
        var code = NewCode();
        (await client.PostAsJsonAsync("/api/v1/skus", NewItem(commandId, code))).StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await client.PostAsJsonAsync("/api/v1/skus", NewItem(commandId, code, "Another name"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "idempotency.payload_mismatch");
        (await api.WithDbAsync(db => db.Skus.SingleAsync(s => s.Code == code))).Name.Should().Be("Idempotent item");
    }

    [Fact]
    public async Task Command_WhenSameIdArrivesConcurrently_IsAppliedExactlyOnce()
    {
        var commandId = Guid.NewGuid();
        var code = NewCode();
        using var client = api.ApiKeyClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.PostAsJsonAsync("/api/v1/skus", NewItem(commandId, code))));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Should().HaveCount(1);
        (await api.WithDbAsync(db => db.Skus.CountAsync(s => s.Code == code))).Should().Be(1);
    }

    [Fact]
    public async Task FailedCommand_IsNotRemembered_SoAFixedRetryWithTheSameIdSucceeds()
    {
        using var client = await api.LoginAsync("manager");
        var commandId = Guid.NewGuid();
        var code = NewCode();

        // Refused (an empty name) → nothing stored; the corrected retry may keep its id.
        (await client.PostAsJsonAsync("/api/v1/skus", new { commandId, code, name = "", unitOfMeasure = "PCS" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync("/api/v1/skus", NewItem(commandId, code)))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task CleanupJob_RemovesRecordsOlderThanSevenDaysOnly()
    {
        var old = Guid.NewGuid();
        var recent = Guid.NewGuid();
        await api.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LKvitai.Infrastructure.Persistence.WmsDbContext>();
            db.IdempotencyRecords.AddRange(
                new IdempotencyRecord { CommandId = old, CommandType = "Test", PayloadHash = "x", ResultJson = "{}", CreatedAt = DateTimeOffset.UtcNow.AddDays(-8) },
                new IdempotencyRecord { CommandId = recent, CommandType = "Test", PayloadHash = "x", ResultJson = "{}", CreatedAt = DateTimeOffset.UtcNow.AddDays(-6) });
            return await db.SaveChangesAsync();
        });

        var deleted = await api.WithScopeAsync(sp => sp.GetRequiredService<IdempotencyCleanupJob>().RunAsync(default));

        deleted.Should().BeGreaterThanOrEqualTo(1);
        (await api.WithDbAsync(db => db.IdempotencyRecords.AnyAsync(r => r.CommandId == old))).Should().BeFalse();
        (await api.WithDbAsync(db => db.IdempotencyRecords.AnyAsync(r => r.CommandId == recent))).Should().BeTrue();
    }
}
