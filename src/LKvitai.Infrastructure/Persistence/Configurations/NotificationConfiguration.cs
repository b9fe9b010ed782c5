using LKvitai.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LKvitai.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Recipient).HasMaxLength(120);
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.Property(n => n.Subject).HasMaxLength(120);
        builder.Property(n => n.CreatedAt).HasDefaultValueSql("now()");

        // A message delivered twice by the outbox is stored once.
        builder.HasIndex(n => n.SourceMessageId).IsUnique();

        // "My notifications, newest first" and the unread count.
        builder.HasIndex(n => new { n.Recipient, n.Id });
    }
}
