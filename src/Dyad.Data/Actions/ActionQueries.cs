using Dyad.Core.Actions;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

/// <summary>Reading actions: lists with filters for "my actions" and an account's panel, and one action whole.</summary>
public sealed class ActionQueries(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    public const int MaxListed = 500;

    /// <summary>
    /// The action list's sort keys for the API; <c>due_at</c> ascending (most late on top) unless asked otherwise. Status and
    /// priority are filters, not keys: they are stored by name, and names do not sort in their order.
    /// </summary>
    public static readonly CursorSort<ActionItem> Sorts = new CursorSort<ActionItem>(a => a.Id)
        .By("due_at", a => a.DueAt, SortOrder.Asc)
        .By("created_at", a => a.CreatedAt)
        .By("title", a => a.Title);

    /// <summary>Overdue first, then by due date: what is most late is on top.</summary>
    public async Task<IReadOnlyList<ActionSummary>> ListAsync(ActionFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var actions = await Filter(db.ActionItems.AsNoTracking(), filter, now).OrderBy(a => a.DueAt).ThenBy(a => a.Id).Take(MaxListed)
            .ToListAsync(cancellationToken);
        return await SummariesAsync(db, actions, now, cancellationToken);
    }

    /// <summary>A page of the filtered actions.</summary>
    public async Task<CursorPage<ActionSummary>> PageAsync(ActionFilter filter, CursorRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var actions = await Sorts.PageAsync(Filter(db.ActionItems.AsNoTracking(), filter, now), page, cancellationToken);
        var summaries = await SummariesAsync(db, actions.Items, now, cancellationToken);
        return new CursorPage<ActionSummary>(summaries, actions.NextCursor);
    }

    private static IQueryable<ActionItem> Filter(IQueryable<ActionItem> actions, ActionFilter filter, DateTimeOffset now)
    {
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
        return actions;
    }

    /// <summary>The actions as list rows, in the order given, with their account and owner names and task progress.</summary>
    private static async Task<IReadOnlyList<ActionSummary>> SummariesAsync(DyadDbContext db, IReadOnlyList<ActionItem> actions, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ids = actions.Select(a => a.Id).ToList();
        var accountIds = actions.Select(a => a.AccountId).Distinct().ToList();
        var ownerIds = actions.Select(a => a.OwnerId).OfType<Guid>().Distinct().ToList();
        var accounts = await db.Accounts.Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var owners = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var progress = await db.ActionItems.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, Done = a.Tasks.Count(t => t.DoneAt != null), Total = a.Tasks.Count })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return actions.Select(a => new ActionSummary(a.Id, a.Type, a.Title, a.AccountId, accounts.GetValueOrDefault(a.AccountId, ""), a.OwnerId,
                a.OwnerId is { } owner ? owners.GetValueOrDefault(owner) : null, a.DueAt, a.Priority, a.Status, a.IsOverdue(now), a.EscalatedAt,
                progress[a.Id].Done, progress[a.Id].Total, a.Reason, a.CreatedAt))
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
