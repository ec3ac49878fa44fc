using Dyad.Core.Actions;
using Dyad.Core.Notifications;
using Dyad.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

public sealed record EscalationRecipient(Guid UserId, string Name, string? Email);

/// <summary>An overdue action just escalated, and the people told about it.</summary>
public sealed record Escalation(Guid ActionId, string Title, string AccountName, DateTimeOffset DueAt, IReadOnlyList<EscalationRecipient> Recipients);

/// <summary>
/// Marks overdue actions escalated and notifies their owner and the account owner in the app. Each action is claimed
/// with one conditional update inside the transaction that adds the notifications, so of two app instances running
/// the pass at once only one escalates it, and a pass that dies half-way leaves no action marked without its notices.
/// </summary>
public sealed class ActionEscalation(IDbContextFactory<DyadDbContext> contexts)
{
    /// <summary>Bounds one pass; the next pass takes the rest.</summary>
    public const int BatchSize = 200;

    public async Task<IReadOnlyList<Escalation>> EscalateAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.ActionItems.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueAt < now && a.EscalatedAt == null)
            .OrderBy(a => a.DueAt).Take(BatchSize)
            .Select(a => new { a.Id, a.Title, a.DueAt, a.OwnerId, Account = db.Accounts.Where(x => x.Id == a.AccountId).Select(x => new { x.Name, x.OwnerId }).First() })
            .ToListAsync(cancellationToken);
        var escalated = new List<Escalation>();
        foreach (var action in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The due date is part of the condition: a user who just moved it has answered the lateness.
            var claimed = await db.ActionItems
                .Where(a => a.Id == action.Id && a.EscalatedAt == null && a.DueAt == action.DueAt
                            && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress))
                .ExecuteAuditedUpdateAsync(db, s => s.SetProperty(a => a.EscalatedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }
            var people = new[] { action.OwnerId, action.Account.OwnerId }.OfType<Guid>().Distinct().ToArray();
            var recipients = await db.Users.Where(u => people.Contains(u.Id))
                .Select(u => new EscalationRecipient(u.Id, u.DisplayName, u.Email)).ToListAsync(cancellationToken);
            var key = $"action:{action.Id}:escalated:{action.DueAt.ToUnixTimeSeconds()}";
            foreach (var recipient in recipients)
            {
                var role = recipient.UserId == action.OwnerId ? "your action" : $"an action on your account {action.Account.Name}";
                db.Notifications.Add(new Notification(db.Scope.Required, recipient.UserId, key,
                    $"Overdue: {role} \"{action.Title}\" was due {action.DueAt:yyyy-MM-dd HH:mm} UTC.", $"/actions/{action.Id}", now));
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            escalated.Add(new Escalation(action.Id, action.Title, action.Account.Name, action.DueAt, recipients));
        }
        return escalated;
    }
}
