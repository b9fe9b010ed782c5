using Hangfire;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Catalog;
using LKvitai.Domain.Identity;
using LKvitai.Infrastructure.Jobs;
using LKvitai.Infrastructure.Ledger;
using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LKvitai.Api.Hosting;

/// <summary>What the API does once at start: migrate (when configured), bootstrap key, demo data, recurring jobs.</summary>
internal static partial class StartupTasks
{
    /// <summary>Demo users (demo mode only); run.sh prints them.</summary>
    public static readonly (string Username, string DisplayName, string Password, string Role)[] DemoUsers =
    [
        ("operator", "Demo Operator", "operator-pass", Roles.Operator),
        ("manager", "Demo Manager", "manager-pass", Roles.Manager),
        ("accountant", "Demo Accountant", "accountant-pass", Roles.Accountant),
        ("admin", "Demo Administrator", "admin-pass", Roles.Administrator),
    ];

    public static async Task RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");

        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ApplyMigrationsOnStartup)
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        var db = services.GetRequiredService<WmsDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        await EnsureBootstrapApiKeyAsync(app.Configuration, db, services.GetRequiredService<IApiKeySecrets>(), clock, logger);
        if (app.Configuration.GetValue("Demo:Enabled", false))
        {
            await SeedDemoDataAsync(db, services.GetRequiredService<IPasswordHashing>(), clock, logger);
        }

        if (app.Configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<IdempotencyCleanupJob>(
                IdempotencyCleanupJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(2, 30));
            services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<StockSnapshotJob>(
                StockSnapshotJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), "*/15 * * * *");
            services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ConsistencyCheckJob>(
                ConsistencyCheckJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        }
    }

    private static async Task EnsureBootstrapApiKeyAsync(
        IConfiguration configuration, WmsDbContext db, IApiKeySecrets secrets, TimeProvider clock, ILogger logger)
    {
        var bootstrap = configuration["BOOTSTRAP_API_KEY"];
        if (string.IsNullOrWhiteSpace(bootstrap))
        {
            return;
        }

        if (secrets.Parse(bootstrap.Trim()) is not { } parsed)
        {
            throw new InvalidOperationException(
                "LKVITAI_BOOTSTRAP_API_KEY must look like lkv_<12 characters>_<32 or more characters>, " +
                "e.g. lkv_$(openssl rand -hex 6)_$(openssl rand -hex 24).");
        }

        if (await db.ApiKeys.AnyAsync(k => k.Prefix == parsed.Prefix))
        {
            return;
        }

        db.ApiKeys.Add(new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = "bootstrap",
            Prefix = parsed.Prefix,
            SecretHash = parsed.Hash,
            Roles = [Roles.Administrator],
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = "system",
        });
        await db.SaveChangesAsync();
        LogBootstrapKey(logger, parsed.Prefix);
    }

    private static async Task SeedDemoDataAsync(WmsDbContext db, IPasswordHashing passwords, TimeProvider clock, ILogger logger)
    {
        var now = clock.GetUtcNow();
        foreach (var (username, displayName, password, role) in DemoUsers)
        {
            if (!await db.Users.AnyAsync(u => u.Username == username))
            {
                db.Users.Add(new UserAccount
                {
                    Id = Guid.CreateVersion7(),
                    Username = username,
                    DisplayName = displayName,
                    PasswordHash = passwords.Hash(password),
                    Roles = [role],
                    CreatedAt = now,
                    UpdatedAt = now,
                    UpdatedBy = "demo-seed",
                });
            }
        }

        if (!await db.Skus.AnyAsync())
        {
            (string Code, string Name, string Unit)[] items =
            [
                ("BOLT-M8-40", "Hex bolt M8×40, zinc", "PCS"),
                ("NUT-M8", "Hex nut M8, zinc", "PCS"),
                ("WASHER-M8", "Flat washer M8", "PCS"),
                ("STEEL-SHEET-2MM", "Steel sheet 2 mm, 1250×2500", "PCS"),
                ("PAINT-RAL7016", "Powder paint RAL 7016", "KG"),
                ("OIL-HYD-46", "Hydraulic oil ISO VG 46", "L"),
                ("CABLE-3X1.5", "Power cable 3×1.5 mm²", "M"),
                ("PALLET-EUR", "EUR pallet 1200×800", "PCS"),
            ];
            db.Skus.AddRange(items.Select(i => new Sku
            {
                Code = i.Code, Name = i.Name, UnitOfMeasure = i.Unit, CreatedAt = now, CreatedBy = "demo-seed",
            }));
        }

        await db.SaveChangesAsync();
        LogDemoSeeded(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap administrator API key registered (prefix {Prefix})")]
    private static partial void LogBootstrapKey(ILogger logger, string prefix);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo users and items are in place")]
    private static partial void LogDemoSeeded(ILogger logger);
}
