using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// Applies (or reverts) migrations with the owner connection: the API's own role may not change the schema.
/// </summary>
public sealed partial class DatabaseMigrator(IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(string? targetMigration = null, CancellationToken cancellationToken = default)
    {
        await using var db = CreateOwnerContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        LogMigrating(logger, pending.Count, targetMigration ?? "latest");
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        await migrator.MigrateAsync(targetMigration, cancellationToken);
    }

    public WmsDbContext CreateOwnerContext()
    {
        var ownerConnection = configuration.GetConnectionString(ConnectionStringNames.Owner)
            ?? throw new InvalidOperationException(
                "Migrations need the owner connection: set ConnectionStrings:Owner (or LKVITAI_CONNECTIONSTRINGS__OWNER).");
        var dataSource = new NpgsqlDataSourceBuilder(ownerConnection).EnableDynamicJson().Build();
        var options = new DbContextOptionsBuilder<WmsDbContext>();
        DependencyInjection.ConfigureDbContext(options, dataSource);
        return new WmsDbContext(options.Options);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} pending migrations (target: {Target})")]
    private static partial void LogMigrating(ILogger logger, int count, string target);
}

/// <summary>Used by `dotnet ef` at design time only.</summary>
internal sealed class DesignTimeDbContextFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<WmsDbContext>
{
    public WmsDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("LKVITAI_CONNECTIONSTRINGS__OWNER")
            ?? "Host=127.0.0.1;Port=55432;Database=lkvitai;Username=lkvitai_owner;Password=lkvitai_owner";
        var options = new DbContextOptionsBuilder<WmsDbContext>();
        DependencyInjection.ConfigureDbContext(options, new NpgsqlDataSourceBuilder(connection).EnableDynamicJson().Build());
        return new WmsDbContext(options.Options);
    }
}
