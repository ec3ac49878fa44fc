using Dyad.Core.Notifications;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Notifications;

/// <summary>A notification to be e-mailed to its user.</summary>
public sealed record OutgoingNotice(Guid NotificationId, string To, string RecipientName, string WorkspaceName, string Text, string Link);

/// <summary>
/// The notifications whose e-mail is still owed, and the bookkeeping around sending them, the way the survey scheduler
/// sends invitations (docs/survey-scheduler.md): the state lives in the notification row, a sender claims it with one
/// conditional update before sending, so of two app instances only one sends it, and marks it sent after. A claim
/// lapses after <see cref="ClaimLease"/>, so a sender that died mid-way does not block the e-mail.
/// </summary>
public sealed class NotificationOutbox(IDbContextFactory<DyadDbContext> contexts)
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    /// <summary>An e-mail not sent within this time (the mail server away, or not yet set up) is no longer news.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    /// <summary>
    /// The pending e-mails of the workspace. Those the user opted out of, those to a user without an address and those
    /// older than <see cref="MaxDelay"/> are marked skipped here and not returned.
    /// </summary>
    public async Task<IReadOnlyList<OutgoingNotice>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceName = await db.Workspaces.Where(w => w.Id == db.Scope.Required).Select(w => w.Name).SingleAsync(cancellationToken);
        var pending = await (
                from notification in db.Notifications
                join user in db.Users on notification.UserId equals user.Id
                join stored in db.NotificationPreferences on notification.UserId equals stored.Id into preferences
                from preference in preferences.DefaultIfEmpty()
                where notification.EmailStatus == NotificationEmailStatus.Pending
                      && (notification.EmailClaimedUntil == null || notification.EmailClaimedUntil < now)
                select new { notification.Id, notification.EmailKind, notification.CreatedAt, notification.Text, notification.Link,
                    user.Email, user.DisplayName, Preference = preference })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var skipped = pending
            .Where(p => string.IsNullOrEmpty(p.Email) || p.CreatedAt < now - MaxDelay
                        || (p.Preference is not null && !p.Preference.Emails(p.EmailKind!.Value)))
            .Select(p => p.Id)
            .ToArray();
        if (skipped.Length > 0)
        {
            await db.Notifications.Where(n => skipped.Contains(n.Id) && n.EmailStatus == NotificationEmailStatus.Pending)
                .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.EmailStatus, NotificationEmailStatus.Skipped), cancellationToken);
        }
        return pending.Where(p => !skipped.Contains(p.Id))
            .Select(p => new OutgoingNotice(p.Id, p.Email!, p.DisplayName, workspaceName, p.Text, p.Link))
            .ToList();
    }

    /// <summary>Takes the e-mail for this sender; false when another sender has it or it was dealt with meanwhile.</summary>
    public async Task<bool> TryClaimAsync(OutgoingNotice notice, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var until = now + ClaimLease;
        return await db.Notifications
            .Where(n => n.Id == notice.NotificationId && n.EmailStatus == NotificationEmailStatus.Pending
                        && (n.EmailClaimedUntil == null || n.EmailClaimedUntil < now))
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.EmailClaimedUntil, until), cancellationToken) == 1;
    }

    /// <summary>Records the outcome (sent or refused), which also ends the claim.</summary>
    public async Task MarkAsync(OutgoingNotice notice, NotificationEmailStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.Id == notice.NotificationId)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.EmailStatus, status).SetProperty(n => n.EmailClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
    }

    /// <summary>Gives the e-mail back unsent (the mail server could not be reached), so the next pass retries it.</summary>
    public async Task ReleaseAsync(OutgoingNotice notice, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.Id == notice.NotificationId)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(n => n.EmailClaimedUntil, (DateTimeOffset?)null), cancellationToken);
    }
}
