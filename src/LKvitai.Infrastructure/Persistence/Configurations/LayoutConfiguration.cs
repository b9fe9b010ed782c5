using LKvitai.Domain.Layout;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LKvitai.Infrastructure.Persistence.Configurations;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.ToTable("warehouses");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Code).HasMaxLength(20);
        builder.HasIndex(w => w.Code).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(120);
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ToTable("locations", t =>
        {
            t.HasCheckConstraint("ck_locations_bin_has_warehouse", "kind <> 'Bin' OR warehouse_id IS NOT NULL");
            t.HasCheckConstraint("ck_locations_size", "width >= 0 AND depth >= 0 AND height >= 0");
            t.HasCheckConstraint("ck_locations_capacity", "capacity_handling_units IS NULL OR capacity_handling_units >= 0");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Code).HasMaxLength(40);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(l => l.Aisle).HasMaxLength(10);
        builder.Property(l => l.Rack).HasMaxLength(10);
        foreach (var property in new[] { nameof(Location.X), nameof(Location.Y), nameof(Location.Z), nameof(Location.Width), nameof(Location.Depth), nameof(Location.Height) })
        {
            builder.Property(property).HasPrecision(9, 3);
        }

        builder.HasOne(l => l.Warehouse).WithMany().HasForeignKey(l => l.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.WarehouseId, l.Aisle, l.Rack, l.Level });
        builder.Ignore(l => l.IsPhysical);
        builder.Ignore(l => l.Space);
    }
}
