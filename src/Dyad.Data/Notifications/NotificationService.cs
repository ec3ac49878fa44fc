using Dyad.Core.Notifications;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Notifications;

public sealed record NotificationView(Guid Id, string Text, string Link, bool Read, DateTimeOffset CreatedAt)
{
    internal static NotificationView Of(Notification n) => new(n.Id, n.Text, n.Link, n.Read, n.CreatedAt);
}

public sealed record NotificationList(int Unread, IReadOnlyList<NotificationView> Items);

/// <summary>A user's own notifications: nobody reads or marks another user's.</summary>
public sealed class NotificationService(IDbContextFactory<DyadDbContext> contexts)
{
    public const int MaxListed = 50;

    public async Task<NotificationList> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(MaxListed).ToListAsync(cancellationToken);
        return new NotificationList(await mine.CountAsync(n => !n.Read, cancellationToken), items.Select(NotificationView.Of).ToList());
    }

    public async Task<bool> MarkReadAsync(Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.Where(n => n.UserId == userId && n.Id == id)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.Read, true), cancellationToken) > 0;
    }
}
