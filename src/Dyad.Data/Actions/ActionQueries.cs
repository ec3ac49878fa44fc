using Dyad.Core.Actions;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

/// <summary>Reading actions: lists with filters for "my actions" and an account's panel, and one action whole.</summary>
public sealed class ActionQueries(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public const int MaxListed = 500;

    /// <summary>Overdue first, then by due date: what is most late is on top.</summary>
    public async Task<IReadOnlyList<ActionSummary>> ListAsync(ActionFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var actions = db.ActionItems.AsNoTracking();
        if (filter.OwnerId is { } owner)
        {
            actions = actions.Where(a => a.OwnerId == owner);
        }
        if (filter.AccountId is { } account)
        {
            actions = actions.Where(a => a.AccountId == account);
        }
        if (filter.AccountIds is { } accounts)
        {
            actions = actions.Where(a => accounts.Contains(a.AccountId));
        }
        if (filter.Status is { } status)
        {
            actions = actions.Where(a => a.Status == status);
        }
        if (filter.Type is { } type)
        {
            actions = actions.Where(a => a.Type == type);
        }
        if (filter.Active || filter.Overdue)
        {
            actions = actions.Where(a => a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress);
        }
        if (filter.Overdue)
        {
            actions = actions.Where(a => a.DueAt < now);
        }
        var rows = await actions.OrderBy(a => a.DueAt).ThenBy(a => a.Id).Take(MaxListed)
            .Select(a => new
            {
                Action = a,
                Account = db.Accounts.Where(x => x.Id == a.AccountId).Select(x => x.Name).FirstOrDefault(),
                Owner = db.Users.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                Done = a.Tasks.Count(t => t.DoneAt != null),
                Total = a.Tasks.Count,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ActionSummary(r.Action.Id, r.Action.Type, r.Action.Title, r.Action.AccountId, r.Account ?? "", r.Action.OwnerId, r.Owner,
                r.Action.DueAt, r.Action.Priority, r.Action.Status, r.Action.IsOverdue(now), r.Action.EscalatedAt, r.Done, r.Total, r.Action.Reason,
                r.Action.CreatedAt))
            .ToList();
    }

    public async Task<ActionView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var action = await db.ActionItems.AsNoTracking().Include(a => a.Tasks).Include(a => a.Comments)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return action is null ? null : await ViewAsync(db, action, clock.GetUtcNow(), cancellationToken);
    }

    internal static async Task<ActionView> ViewAsync(DyadDbContext db, ActionItem action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == action.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var owner = action.OwnerId is { } ownerId
            ? await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        LoopClosureView? closure = null;
        if (action.Closure is { } c)
        {
            var person = c.StakeholderId is { } stakeholderId
                ? await db.Stakeholders.Where(s => s.Id == stakeholderId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            closure = new LoopClosureView(c.StakeholderId, person, c.ContactName, c.ContactEmail, c.ContactedOn!.Value, c.Outcome ?? "");
        }
        return View(action, account, owner, closure, now);
    }

    /// <summary>The view of an action whose account and owner names are known.</summary>
    internal static ActionView View(ActionItem action, string account, string? owner, LoopClosureView? closure, DateTimeOffset now) =>
        new(action.Id, action.Type, action.Title, action.Description, action.AccountId, account, action.OwnerId, owner,
            action.DueAt, action.Priority, action.Status, action.IsOverdue(now), action.EscalatedAt, action.Links, action.Reason,
            action.PlaybookId, action.PlaybookName, closure,
            action.Tasks.OrderBy(t => t.Position).Select(ActionTaskView.Of).ToList(),
            action.Comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(ActionCommentView.Of).ToList(),
            action.CreatedBy, action.CreatedAt, action.ClosedAt);
}
