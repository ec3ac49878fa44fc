using Dyad.Core.Notifications;
using Dyad.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyMaxLength);
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.HasOne<DyadUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // One notification per user and event, even when two requests route the same feedback at once.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.WorkspaceId, n.UserId, n.Read, n.CreatedAt });
    }
}
