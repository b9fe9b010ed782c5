using System.Net;
using System.Net.Http.Json;
using LKvitai.Application.Common.Interfaces;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LKvitai.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API (Program) over HTTP in memory, against its own real PostgreSQL database: migrations applied by the
/// owner role, the API connected as the application role, demo users seeded.
/// </summary>
public class WmsApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string BootstrapApiKey = "lkv_testbootstrp_0123456789abcdef0123456789abcdef0123";

    public TestPostgres.Database Database { get; private set; } = null!;

    protected virtual string DatabasePrefix => "api";

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>A fresh database per factory; a second "process" on the same database overrides this.</summary>
    protected virtual Task<TestPostgres.Database> CreateDatabaseAsync() => TestPostgres.CreateDatabaseAsync(DatabasePrefix);

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        _ = Server; // start now: migrations and seeding happen here, not inside the first test
    }

    public new async Task DisposeAsync() => await base.DisposeAsync();

    /// <summary>Replaces services for a test class (e.g. a fault injector); runs after the application's registrations.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(ConfigureTestServices);
        // UseSetting, not ConfigureAppConfiguration: Program reads these while it registers services, before Build.
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Owner"] = Database.Owner,
                ["ConnectionStrings:App"] = Database.App,
                ["ConnectionStrings:Ledger"] = Database.Ledger,
                ["Database:ApplyMigrationsOnStartup"] = "true",
                ["Demo:Enabled"] = "true",
                ["Hangfire:ServerEnabled"] = "false",
                ["Projections:Enabled"] = "false",
                ["Outbox:Enabled"] = "false",
                ["Printing:Enabled"] = "false",
                ["RateLimiting:LoginAttemptsPerMinute"] = "10000",
                ["Auth:ApiKeyCacheSeconds"] = "0",
                ["BOOTSTRAP_API_KEY"] = BootstrapApiKey,
                ["Serilog:MinimumLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in ExtraSettings)
            {
                settings[key] = value;
            }

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    /// <summary>A client with a cookie session for a demo user, sending the antiforgery header like the SPA does.</summary>
    public async Task<HttpClient> LoginAsync(string username, string? password = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = password ?? $"{(username == "admin" ? "admin" : username)}-pass" });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", XsrfToken(response));
        return client;
    }

    public static string XsrfToken(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal))
            .Select(c => Uri.UnescapeDataString(c["XSRF-TOKEN=".Length..]))
            .Last();

    /// <summary>A SignalR client of the live-updates hub, signed in with the API key (long polling through the test server).</summary>
    public HubConnection LiveUpdatesHub(string key = BootstrapApiKey) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/stock"), options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                options.Headers["X-Api-Key"] = key;
            })
            .Build();

    public HttpClient ApiKeyClient(string key = BootstrapApiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>One number from the database, read as the owner (counts of rows a test expects).</summary>
    public async Task<long> ScalarAsync(string sql, params object[] values)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Database.Owner);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public Task<T> WithDbAsync<T>(Func<IWmsDbContext, Task<T>> action) =>
        WithScopeAsync(sp => action(sp.GetRequiredService<IWmsDbContext>()));
}
