using LKvitai.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LKvitai.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => r.CommandId);
        builder.Property(r => r.CommandType).HasMaxLength(120);
        builder.Property(r => r.PayloadHash).HasMaxLength(64);
        builder.Property(r => r.ResultJson).HasColumnType("jsonb");
        builder.Property(r => r.CreatedBy).HasMaxLength(120);
        builder.HasIndex(r => r.CreatedAt);
    }
}
