using LKvitai.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LKvitai.Infrastructure.Persistence.Configurations;

/// <summary>Read-only mappings: the ledger's tables are created by raw SQL (partitions, triggers) in LedgerSchema.</summary>
internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements", t => t.ExcludeFromMigrations());
        builder.HasKey(m => new { m.OccurredAt, m.Sequence });
        builder.Property(m => m.Quantity).HasPrecision(18, 3);
    }
}

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> builder)
    {
        builder.ToTable("stock_balances", t => t.ExcludeFromMigrations());
        builder.HasKey(b => new { b.LocationId, b.Sku, b.HandlingUnitId });
        builder.Property(b => b.Quantity).HasPrecision(18, 3);
    }
}
