using LKvitai.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LKvitai.Infrastructure.Persistence.Configurations;

internal sealed class PrinterConfiguration : IEntityTypeConfiguration<Printer>
{
    public void Configure(EntityTypeBuilder<Printer> builder)
    {
        builder.ToTable("printers", t => t.HasCheckConstraint("ck_printers_port", "port BETWEEN 1 AND 65535"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(40);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Host).HasMaxLength(253);
        builder.Property(p => p.Port).HasDefaultValue(Printer.DefaultPort);
        builder.Property(p => p.UpdatedBy).HasMaxLength(120);
    }
}

internal sealed class PrintJobConfiguration : IEntityTypeConfiguration<PrintJob>
{
    public void Configure(EntityTypeBuilder<PrintJob> builder)
    {
        builder.ToTable("print_jobs", t =>
            t.HasCheckConstraint("ck_print_jobs_state", "state IN ('queued', 'printed', 'manual')"));
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Sscc).HasMaxLength(18);
        builder.Property(j => j.Printer).HasMaxLength(40);
        builder.Property(j => j.State).HasMaxLength(10);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        builder.Property(j => j.RequestedBy).HasMaxLength(120);
        builder.Property(j => j.Version).IsRowVersion();
        builder.Ignore(j => j.CanBeRetried);

        // The dispatchers' poll: due queued jobs only.
        builder.HasIndex(j => j.NextAttemptAt).HasDatabaseName("ix_print_jobs_due").HasFilter("state = 'queued'");
        builder.HasIndex(j => new { j.State, j.CreatedAt });
        builder.HasIndex(j => j.HandlingUnitId);
    }
}
