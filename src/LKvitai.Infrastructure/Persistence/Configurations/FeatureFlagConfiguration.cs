using LKvitai.Domain.FeatureFlags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LKvitai.Infrastructure.Persistence.Configurations;

internal sealed class FeatureFlagConfiguration : IEntityTypeConfiguration<FeatureFlag>
{
    public void Configure(EntityTypeBuilder<FeatureFlag> builder)
    {
        builder.ToTable("feature_flags", t =>
            t.HasCheckConstraint("ck_feature_flags_rollout_percentage", "rollout_percentage BETWEEN 0 AND 100"));
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(80);
        builder.Property(f => f.Description).HasMaxLength(300);
        builder.Property(f => f.UpdatedBy).HasMaxLength(120);
        builder.Property(f => f.Version).IsRowVersion();

    }
}

internal sealed class FeatureFlagChangeConfiguration : IEntityTypeConfiguration<FeatureFlagChange>
{
    public void Configure(EntityTypeBuilder<FeatureFlagChange> builder)
    {
        builder.ToTable("feature_flag_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.FlagKey).HasMaxLength(80);
        builder.Property(c => c.ChangedBy).HasMaxLength(120);
        builder.HasIndex(c => new { c.FlagKey, c.Id });
        builder.HasOne<FeatureFlag>().WithMany().HasForeignKey(c => c.FlagKey).OnDelete(DeleteBehavior.Restrict);
    }
}
