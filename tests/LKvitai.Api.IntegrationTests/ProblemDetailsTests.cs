using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Every failure is RFC 7807 problem details with a stable code; never a bare status or a stack trace.</summary>
public sealed class ProblemDetailsTests(WmsApiFactory api) : IClassFixture<WmsApiFactory>
{
    [Fact]
    public async Task Validation_WhenSeveralFieldsAreInvalid_Returns400WithEveryFieldError()
    {
        using var client = await api.LoginAsync("manager");

        var response = await client.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code = "bad code!", name = "", unitOfMeasure = "BUCKETS" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var errors = problem.GetProperty("errors");
        errors.GetProperty("code")[0].GetString().Should().Contain("letters, digits");
        errors.GetProperty("name")[0].GetString().Should().Be("Enter the item's name");
        errors.GetProperty("unitOfMeasure")[0].GetString().Should().StartWith("Unit of measure must be one of");
    }

    [Fact]
    public async Task MalformedJson_Returns400Problem()
    {
        using var client = await api.LoginAsync("manager");

        var response = await client.PostAsync("/api/v1/skus", new StringContent("{\"commandId\": ", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task UnknownItem_Returns404Problem()
    {
        using var client = await api.LoginAsync("operator");

        var response = await client.GetAsync("/api/v1/skus/NO-SUCH-ITEM");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "catalog.sku_not_found");
        problem.GetProperty("title").GetString().Should().Be("Item not found");
    }

    [Fact]
    public async Task UnknownApiAddress_Returns404Problem()
    {
        using var client = await api.LoginAsync("operator");

        await (await client.GetAsync("/api/v1/no-such-thing")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "route.not_found");
    }

    [Fact]
    public async Task DuplicateItemCode_Returns409Problem()
    {
        using var client = await api.LoginAsync("manager");
        var code = $"DUP-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        (await client.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code, name = "First", unitOfMeasure = "PCS" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await client.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code, name = "Second", unitOfMeasure = "PCS" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "catalog.sku_code_taken");
    }

    [Fact]
    public async Task OversizedBody_Returns413Problem()
    {
        using var client = await api.LoginAsync("manager");
        var huge = new string('x', 2 * 1024 * 1024);

        var body = JsonSerializer.Serialize(new { commandId = Guid.NewGuid(), code = "BIG", name = huge, unitOfMeasure = "PCS" });

        var response = await client.PostAsync("/api/v1/skus", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too_large");
        (await api.WithDbAsync(db => Task.FromResult(db.Skus.Any(s => s.Code == "BIG")))).Should().BeFalse();
    }

    [Fact]
    public async Task BusinessRule_RemovingTheLastAdministrator_Returns422AndChangesNothing()
    {
        using var admin = await api.LoginAsync("admin");
        var users = await (await admin.GetAsync("/api/v1/users")).JsonAsync();
        var adminId = users.EnumerateArray().Single(u => u.GetProperty("username").GetString() == "admin").GetProperty("id").GetGuid();

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{adminId}",
            new { commandId = Guid.NewGuid(), displayName = "Demo Administrator", roles = new[] { "Manager" }, isActive = true });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "users.last_administrator");
        problem.GetProperty("title").GetString().Should().Be("Cannot remove the last active administrator");
        var stored = await api.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == adminId)));
        stored.Roles.Should().Equal("Administrator");
    }

    public static TheoryData<string> BusyDatabaseErrors() =>
        ["57014 statement timeout", "55P03 lock not available", "53300 too many connections", "57P03 cannot connect now", "pool exhausted"];

    [Theory]
    [MemberData(nameof(BusyDatabaseErrors))]
    public async Task DatabaseTimeout_Returns503BusyWithRetryAfter(string error)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new UnexpectedExceptionHandler(
            services.GetRequiredService<IProblemDetailsService>(), NullLogger<UnexpectedExceptionHandler>.Instance);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        Exception exception = error == "pool exhausted"
            ? new Npgsql.NpgsqlException("The connection pool has been exhausted", new TimeoutException())
            : new Npgsql.PostgresException(error[6..], "ERROR", "ERROR", error[..5]);
        await handler.TryHandleAsync(context, exception, default);

        context.Response.StatusCode.Should().Be(503);
        context.Response.Headers.RetryAfter.ToString().Should().Be("2");
        context.Response.Body.Position = 0;
        var problem = JsonDocument.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync()).RootElement;
        problem.GetProperty("code").GetString().Should().Be("server.busy");
        problem.GetProperty("status").GetInt32().Should().Be(503);
    }

    [Fact]
    public async Task UnexpectedException_Returns500WithoutInternals()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new UnexpectedExceptionHandler(
            services.GetRequiredService<IProblemDetailsService>(), NullLogger<UnexpectedExceptionHandler>.Instance);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        context.Request.Headers.Accept = "application/json";

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("secret connection string Password=hunter2"), default);

        handled.Should().BeTrue();
        context.Response.StatusCode.Should().Be(500);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().Should().Be("server.error");
        problem.GetProperty("traceId").GetString().Should().NotBeNullOrEmpty();
        body.Should().NotContain("hunter2").And.NotContain("InvalidOperationException").And.NotContain("   at ");
    }
}
