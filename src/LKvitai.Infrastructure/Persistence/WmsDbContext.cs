using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Persistence;
using LKvitai.Domain.Catalog;
using LKvitai.Domain.FeatureFlags;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Ledger;
using LKvitai.Domain.Notifications;
using LKvitai.Domain.Printing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// The application's tables, plus the data-protection keys that sign session cookies: kept in the database so that
/// every API process accepts every other's cookies (blue/green, several replicas).
/// </summary>
public sealed class WmsDbContext(DbContextOptions<WmsDbContext> options) : DbContext(options), IWmsDbContext, IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<FeatureFlag> FeatureFlags => Set<FeatureFlag>();

    public DbSet<FeatureFlagChange> FeatureFlagChanges => Set<FeatureFlagChange>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Sku> Skus => Set<Sku>();

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<StockBalance> StockBalances => Set<StockBalance>();

    public DbSet<Printer> Printers => Set<Printer>();

    public DbSet<PrintJob> PrintJobs => Set<PrintJob>();

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WmsDbContext).Assembly);
}
