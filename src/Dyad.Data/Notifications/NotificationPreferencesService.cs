using Dyad.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Notifications;

public sealed record NotificationPreferencesView(bool EmailNegativeFeedback, DigestFrequency Digest)
{
    internal static NotificationPreferencesView Of(NotificationPreferences p) => new(p.EmailNegativeFeedback, p.Digest);
}

/// <summary>Each user's own choice of notification e-mails; nobody reads or sets another user's.</summary>
public sealed class NotificationPreferencesService(IDbContextFactory<DyadDbContext> contexts)
{
    public async Task<NotificationPreferencesView> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.Id == userId, cancellationToken);
        return NotificationPreferencesView.Of(stored ?? new NotificationPreferences(db.Scope.Required, userId));
    }

    public async Task<NotificationPreferencesView> UpdateAsync(Guid userId, NotificationPreferencesDetails details,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var preferences = await FindOrAddAsync(db, userId, cancellationToken);
        preferences.Update(details);
        await db.SaveChangesAsync(cancellationToken);
        return NotificationPreferencesView.Of(preferences);
    }

    /// <summary>The user's row, added with the defaults (not yet saved) when they never had one.</summary>
    internal static async Task<NotificationPreferences> FindOrAddAsync(DyadDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var preferences = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.Id == userId, cancellationToken);
        if (preferences is null)
        {
            preferences = new NotificationPreferences(db.Scope.Required, userId);
            db.NotificationPreferences.Add(preferences);
        }
        return preferences;
    }
}
