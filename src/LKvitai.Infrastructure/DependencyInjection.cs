using Hangfire;
using Hangfire.PostgreSql;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Infrastructure.FeatureFlags;
using LKvitai.Infrastructure.Identity;
using LKvitai.Infrastructure.Integrations.Printing;
using LKvitai.Infrastructure.Jobs;
using LKvitai.Infrastructure.Ledger;
using LKvitai.Infrastructure.Outbox;
using LKvitai.Infrastructure.Observability;
using LKvitai.Infrastructure.Persistence;
using LKvitai.Infrastructure.Projections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace LKvitai.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var appConnection = configuration.GetConnectionString(ConnectionStringNames.App)
            ?? throw new InvalidOperationException(
                "No database connection: set ConnectionStrings:App (or LKVITAI_CONNECTIONSTRINGS__APP), or start ./scripts/run.sh.");

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));

        var dataSource = new NpgsqlDataSourceBuilder(Prepared(appConnection)).EnableDynamicJson().Build();
        services.AddSingleton(_ => dataSource); // made by a factory, so the host disposes it (and closes its pool) when it stops
        services.AddDbContext<WmsDbContext>(options => ConfigureDbContext(options, dataSource));
        services.AddScoped<IWmsDbContext>(sp => sp.GetRequiredService<WmsDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<DatabaseMigrator>();

        var ledgerConnection = configuration.GetConnectionString(ConnectionStringNames.Ledger)
            ?? throw new InvalidOperationException(
                "No ledger connection: set ConnectionStrings:Ledger (or LKVITAI_CONNECTIONSTRINGS__LEDGER) for the lkvitai_ledger role.");
        var ledgerSource = new LedgerDataSource(NpgsqlDataSource.Create(Prepared(ledgerConnection)));
        services.AddSingleton(_ => ledgerSource);
        services.AddScoped<IStockLedger, StockLedger>();
        services.AddScoped<IHandlingUnitLedger, HandlingUnitLedger>();
        services.AddSingleton<HandlingUnitReader>();
        services.AddSingleton<Application.HandlingUnits.IHandlingUnitReader>(sp => sp.GetRequiredService<HandlingUnitReader>());
        services.AddSingleton<IHandlingUnitDirectory>(sp => sp.GetRequiredService<HandlingUnitReader>());
        services.Configure<HandlingUnitOptions>(configuration.GetSection(HandlingUnitOptions.Section));
        services.AddSingleton<ISsccIssuer, SsccIssuer>();
        services.Configure<Application.Common.Sagas.SagaOptions>(configuration.GetSection(Application.Common.Sagas.SagaOptions.Section));
        var bookkeeping = new NpgsqlConnectionStringBuilder(Prepared(appConnection)) { Options = "-c synchronous_commit=off" };
        bookkeeping.MaxPoolSize = Math.Min(bookkeeping.MaxPoolSize, 20); // short statements: a small pool is enough
        var sagaBookkeeping = new Sagas.SagaBookkeeping(NpgsqlDataSource.Create(bookkeeping.ConnectionString));
        services.AddSingleton(_ => sagaBookkeeping);
        services.AddSingleton<ISagaStore, Sagas.SagaStore>();
        services.AddSingleton<Application.Reservations.IReservationStore, Reservations.ReservationStore>();
        services.AddSingleton<Application.Reservations.IReservationLedger, Reservations.ReservationLedger>();
        services.AddSingleton<Application.Reservations.IProjectionProgress, Reservations.ProjectionProgress>();
        services.AddSingleton<Application.Reservations.IReservationMetrics, ReservationMetrics>();
        services.AddSingleton<Application.Reservations.GetAvailableStock.IAvailableStock, Reservations.AvailableStock>();
        services.AddSingleton<Application.Receiving.IDeliveryStore, Sagas.DeliveryStore>();
        services.TryAddSingleton<ISagaFaultInjector, Sagas.NoSagaFaults>();
        if (configuration.GetValue("Sagas:ResumeEnabled", true))
        {
            services.AddHostedService<Sagas.SagaResumer>();
        }
        services.AddSingleton<IStockHistory, StockHistory>();
        services.Configure<TimeTravelOptions>(configuration.GetSection(TimeTravelOptions.Section));
        services.AddScoped<StockSnapshotJob>();
        services.AddSingleton<IConsistencyChecker, ConsistencyChecker>();
        services.AddScoped<ConsistencyCheckJob>();

        services.AddSingleton<ProjectionStore>();
        services.AddScoped<IProjections, Projections.Projections>();
        services.AddScoped(sp => new ProjectionRebuildJob(sp.GetRequiredService<ProjectionStore>()));
        if (configuration.GetValue("Projections:Enabled", true))
        {
            services.AddHostedService<ProjectionWorker>();
        }

        services.AddSingleton<IOutboxSubscriber, StockMovedNotifier>();
        services.AddSingleton<IOutboxSubscriber, ReservationBumpedNotifier>();
        if (configuration.GetValue("Outbox:Enabled", true))
        {
            services.AddHostedService<OutboxDispatcher>();
            services.AddHostedService<LiveUpdatesListener>();
        }

        services.Configure<PrintingOptions>(configuration.GetSection(PrintingOptions.Section));
        services.AddSingleton<ILabelRenderer>(new ZplLabelRenderer(configuration.GetValue("Printing:CompanyPrefixLength", 7)));
        services.AddSingleton<PrintJobSignal>();
        services.AddSingleton<ILabelPrinting, LabelPrinting>();
        if (configuration.GetValue("Printing:Enabled", true))
        {
            services.AddHostedService<PrintJobDispatcher>();
        }

        services.AddDataProtection().SetApplicationName("lkvitai-wms").PersistKeysToDbContext<WmsDbContext>();

        services.AddSingleton<IPasswordHashing, PasswordHashing>();
        services.AddSingleton<IApiKeySecrets, ApiKeySecrets>();
        services.AddSingleton<IFeatureFlagEvaluator, FeatureFlagEvaluator>();
        services.AddSingleton<ICommandMetrics, CommandMetrics>();
        services.AddScoped<IdempotencyCleanupJob>();

        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(appConnection),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    // On-demand jobs (projection rebuilds) start within a second rather than Hangfire's default 15 s.
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                }));
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            services.AddHangfireServer((provider, options) =>
            {
                // This host's own services, not Hangfire's process-wide default activator (which belongs to whichever
                // host configured Hangfire last — with several hosts in one process, one that may be gone).
                options.Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
                options.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2);
                options.ServerName = $"lkvitai-{Environment.MachineName}-{Environment.ProcessId}";
            });
        }

        return services;
    }

    /// <summary>
    /// Statements used again and again (the ledger's, the projections', EF's) are prepared on the server after their
    /// second use, so PostgreSQL plans them once per connection instead of on every call.
    /// </summary>
    private static string Prepared(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ToString();
    }

    internal static void ConfigureDbContext(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
