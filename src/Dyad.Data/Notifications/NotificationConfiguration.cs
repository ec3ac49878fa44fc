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
        builder.Property(n => n.EmailKind).HasConversion<string>().HasMaxLength(40);
        // Notifications from before e-mails existed were only ever shown in the app.
        builder.Property(n => n.EmailStatus).HasConversion<string>().HasMaxLength(20).HasDefaultValue(NotificationEmailStatus.None);
        // The e-mail pass looks for pending e-mails only.
        builder.HasIndex(n => new { n.WorkspaceId, n.EmailStatus });
    }
}

internal sealed class NotificationPreferencesConfiguration : IEntityTypeConfiguration<NotificationPreferences>
{
    public void Configure(EntityTypeBuilder<NotificationPreferences> builder)
    {
        // One row per user, keyed by the user's id: two instances creating a user's row at once clash, and one wins.
        builder.Property(p => p.Digest).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<DyadUser>().WithOne().HasForeignKey<NotificationPreferences>(p => p.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.WorkspaceId);
    }
}
