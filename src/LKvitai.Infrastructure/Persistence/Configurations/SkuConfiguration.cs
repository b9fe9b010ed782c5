using LKvitai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LKvitai.Infrastructure.Persistence.Configurations;

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> builder)
    {
        builder.ToTable("skus");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.UnitOfMeasure).HasMaxLength(10);
        builder.Property(s => s.CreatedBy).HasMaxLength(120);
    }
}
