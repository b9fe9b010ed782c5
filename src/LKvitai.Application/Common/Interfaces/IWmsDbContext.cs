using LKvitai.Application.Common.Persistence;
using LKvitai.Domain.Catalog;
using LKvitai.Domain.FeatureFlags;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using LKvitai.Domain.Ledger;
using LKvitai.Domain.Notifications;
using LKvitai.Domain.Printing;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Common.Interfaces;

/// <summary>The tables the application's use cases read and write. Handlers never call SaveChanges.</summary>
public interface IWmsDbContext
{
    DbSet<UserAccount> Users { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<FeatureFlag> FeatureFlags { get; }

    DbSet<FeatureFlagChange> FeatureFlagChanges { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<Sku> Skus { get; }

    DbSet<Warehouse> Warehouses { get; }

    DbSet<Location> Locations { get; }

    /// <summary>Read only: the ledger's writer is the only code that changes movements and balances.</summary>
    DbSet<StockMovement> StockMovements { get; }

    DbSet<StockBalance> StockBalances { get; }

    DbSet<Printer> Printers { get; }

    DbSet<PrintJob> PrintJobs { get; }

    DbSet<Notification> Notifications { get; }
}
