using Dyad.Core.Actions;
using Dyad.Core.Alerts;
using Dyad.Core.Notifications;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Notifications;

/// <summary>A user whose digest of one period is owed.</summary>
public sealed record DueDigest(Guid UserId, string To, string RecipientName, string WorkspaceName, DigestFrequency Frequency, DateTimeOffset Period);

/// <summary>
/// Whose digest is due, what goes in it, and the bookkeeping that sends each user's digest once per period, on the
/// pattern of <see cref="NotificationOutbox"/>: the period last dealt with is kept on the user's preferences row, which
/// a sender claims with one conditional update before gathering and sending.
/// </summary>
public sealed class DigestOutbox(IDbContextFactory<DyadDbContext> contexts)
{
    /// <summary>At most this many unread notifications are listed in a digest; the count covers them all.</summary>
    public const int MaxNotificationsListed = 10;

    public async Task<IReadOnlyList<DueDigest>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = db.Scope.Required;
        var workspaceName = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        var users = await (
                from user in db.Users
                where user.WorkspaceId == workspaceId && user.Email != null && user.Email != ""
                join stored in db.NotificationPreferences on user.Id equals stored.Id into preferences
                from preference in preferences.DefaultIfEmpty()
                select new { user.Id, user.Email, user.DisplayName, Preference = preference })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var due = new List<DueDigest>();
        foreach (var user in users)
        {
            var preference = user.Preference ?? new NotificationPreferences(workspaceId, user.Id);
            if (NotificationPreferences.PeriodOf(preference.Digest, now) is { } period
                && (preference.DigestPeriod is null || preference.DigestPeriod < period)
                && (preference.DigestClaimedUntil is null || preference.DigestClaimedUntil < now))
            {
                due.Add(new DueDigest(user.Id, user.Email!, user.DisplayName, workspaceName, preference.Digest, period));
            }
        }
        return due;
    }

    /// <summary>
    /// Takes the user's digest of the period for this sender; false when another sender has it, it was dealt with, or the
    /// user changed their choice meanwhile.
    /// </summary>
    public async Task<bool> TryClaimAsync(DueDigest digest, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await NotificationPreferencesService.FindOrAddAsync(db, digest.UserId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // Another sender made the row at the same moment; the claim below decides between us. Our copy of the row stays
            // tracked as added until it is let go, and the claim refuses to run beside unsaved changes.
            db.ChangeTracker.Clear();
        }
        var until = now + NotificationOutbox.ClaimLease;
        return await db.NotificationPreferences
            .Where(p => p.Id == digest.UserId && p.Digest == digest.Frequency && (p.DigestPeriod == null || p.DigestPeriod < digest.Period)
                        && (p.DigestClaimedUntil == null || p.DigestClaimedUntil < now))
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(p => p.DigestClaimedUntil, until), cancellationToken) == 1;
    }

    /// <summary>
    /// What waits for the user: their unread notifications, their open actions (overdue ones apart) and the alerts that
    /// opened on accounts they own since the start of the previous period.
    /// </summary>
    public async Task<DigestContent> GatherAsync(DueDigest digest, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unread = db.Notifications.AsNoTracking().Where(n => n.UserId == digest.UserId && !n.Read);
        var notifications = await unread.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(MaxNotificationsListed)
            .Select(n => new DigestLine(n.Text, n.Link)).ToListAsync(cancellationToken);
        var actions = await (
                from action in db.ActionItems
                where action.OwnerId == digest.UserId && (action.Status == ActionStatus.Open || action.Status == ActionStatus.InProgress)
                join account in db.Accounts on action.AccountId equals account.Id
                orderby action.DueAt
                select new { action.DueAt, Line = new DigestLine(action.Title + " (" + account.Name + ")", "/actions/" + action.Id) })
            .AsNoTracking().ToListAsync(cancellationToken);
        var since = NotificationPreferences.PreviousPeriodStart(digest.Frequency, digest.Period);
        var alerts = await (
                from alert in db.Alerts
                join account in db.Accounts on alert.AccountId equals account.Id
                where account.OwnerId == digest.UserId && alert.Status == AlertStatus.Open && alert.FirstSeenAt >= since
                orderby alert.FirstSeenAt descending
                select new { alert.Reason, alert.AccountId, Account = account.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        return new DigestContent(notifications, await unread.CountAsync(cancellationToken),
            actions.Where(a => a.DueAt < now).Select(a => Due(a.Line, a.DueAt)).ToList(),
            actions.Where(a => a.DueAt >= now).Select(a => Due(a.Line, a.DueAt)).ToList(),
            alerts.Select(a => new DigestLine($"{a.Account}: {a.Reason}", $"/alerts?account={a.AccountId}")).ToList());
    }

    private static DigestLine Due(DigestLine line, DateTimeOffset dueAt) => line with { Text = $"{line.Text}, due {dueAt:yyyy-MM-dd}" };

    /// <summary>Records the period as dealt with (sent, or nothing to say), which also ends the claim.</summary>
    public async Task MarkDoneAsync(DueDigest digest, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.NotificationPreferences.Where(p => p.Id == digest.UserId)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(p => p.DigestPeriod, digest.Period).SetProperty(p => p.DigestClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
    }

    /// <summary>Gives the digest back unsent (the mail server could not be reached), so the next pass retries it.</summary>
    public async Task ReleaseAsync(DueDigest digest, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.NotificationPreferences.Where(p => p.Id == digest.UserId)
            .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(p => p.DigestClaimedUntil, (DateTimeOffset?)null), cancellationToken);
    }
}
