using System.Data.Common;
using Dyad.Core.Actions;
using Dyad.Core.Actions.Webhooks;
using Dyad.Core.Common;
using Dyad.Core.Notifications;
using Dyad.Data.Actions.Webhooks;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Actions;

/// <summary>
/// Changing actions. Creating one and closing it publish <c>action.created</c> and <c>action.closed</c> to the webhooks
/// in the same transaction as the change; an action given to someone else notifies them.
/// </summary>
public sealed class ActionCommands(IDbContextFactory<DyadDbContext> contexts, TimeProvider clock)
{
    /// <summary>Opens an action; without an owner, whoever opens it owns it.</summary>
    public async Task<ActionView> CreateAsync(NewAction request, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var playbook = request.WithoutPlaybook ? null : await PlaybookForAsync(db, request.PlaybookId, request.Type, cancellationToken);
        var details = new ActionDetails(request.Type, request.Title, request.AccountId,
            request.DueAt ?? now + (playbook is null ? NewAction.DefaultDueIn : TimeSpan.FromDays(Math.Max(1, playbook.Span))),
            request.Priority, request.OwnerId ?? actor.UserId, request.Description, request.Links);
        await CheckReferencesAsync(db, details, cancellationToken);
        var action = new ActionItem(db.Scope.Required, details, now, actor.Name, playbook);
        return await AddAsync(db, action, actor.UserId, now, cancellationToken);
    }

    /// <summary>
    /// Stores a new action made elsewhere (by a rule), notifying its owner and publishing it. Returns null when an action
    /// with the same source key exists: the cause already has its action.
    /// </summary>
    internal static async Task<ActionView?> AddOnceAsync(DyadDbContext db, ActionItem action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await AddAsync(db, action, null, now, cancellationToken);
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// <see cref="AddOnceAsync"/> for many new actions of the accounts in <paramref name="accountNames"/>, in the caller's
    /// transaction, with the owners, names and webhook endpoints read once. Several at a time (an import's detractors) are
    /// written in bulk with their tasks, notifications, outbox rows and audit entries, which takes a fraction of
    /// SaveChanges' time for thousands of rows. When another writer stored one of their source keys first, the bulk write
    /// is rolled back to its savepoint (PostgreSQL refuses anything more in a transaction after an error) and the actions
    /// are stored one by one, so each one that still lacks its cause is stored once. Returns how many were.
    /// </summary>
    internal static async Task<int> AddAllOnceAsync(DyadDbContext db, IReadOnlyList<ActionItem> actions,
        IReadOnlyDictionary<Guid, string> accountNames, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string BeforeBulk = "before_bulk";
        var transaction = db.Database.CurrentTransaction
                          ?? throw new InvalidOperationException("Actions are added all at once inside the caller's transaction.");
        if (actions.Count > 1)
        {
            var rows = await NewRowsAsync(db, actions, accountNames, now, cancellationToken);
            await transaction.CreateSavepointAsync(BeforeBulk, cancellationToken);
            try
            {
                await db.InsertAuditedAsync(rows, cancellationToken);
                return actions.Count;
            }
            catch (DbException ex) when (DbContextExtensions.IsUniqueViolation(ex))
            {
                await transaction.RollbackToSavepointAsync(BeforeBulk, cancellationToken);
            }
        }
        var opened = 0;
        foreach (var action in actions)
        {
            // SaveChanges sets a savepoint of its own inside a transaction, so a clash here loses only this action.
            if (await AddOnceAsync(db, action, now, cancellationToken) is not null)
            {
                opened++;
            }
            db.ChangeTracker.Clear();
        }
        return opened;
    }

    /// <summary>
    /// Tracks new actions with their playbook tasks, their owners' notifications and their webhook outbox rows, so one
    /// SaveChanges stores them with whatever else the caller tracks, as <see cref="AddAsync"/> does for one.
    /// </summary>
    internal static async Task StageAllAsync(DyadDbContext db, IReadOnlyList<ActionItem> actions, IReadOnlyDictionary<Guid, string> accountNames,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        db.AddRange(await NewRowsAsync(db, actions, accountNames, now, cancellationToken));

    /// <summary>
    /// The actions with their playbook tasks, their owners' notifications and their webhook outbox rows, as
    /// <see cref="AddAsync"/> stores them for one, principals first. An action's id is new, so its notification cannot
    /// exist yet; owners' names are read only for a webhook's payload.
    /// </summary>
    private static async Task<List<object>> NewRowsAsync(DyadDbContext db, IReadOnlyList<ActionItem> actions,
        IReadOnlyDictionary<Guid, string> accountNames, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var endpoints = await WebhookPublisher.EndpointsAsync(db, WebhookEventType.ActionCreated, cancellationToken);
        var ownerIds = actions.Select(a => a.OwnerId).OfType<Guid>().Distinct().ToList();
        var owners = endpoints.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var tasks = new List<ActionTask>();
        var notifications = new List<Notification>();
        var deliveries = new List<WebhookDelivery>();
        foreach (var action in actions)
        {
            tasks.AddRange(action.Tasks);
            if (action.OwnerId is { } owner)
            {
                notifications.Add(OwnerNotification(action, owner, now));
            }
            var view = ActionQueries.View(action, accountNames[action.AccountId], action.OwnerId is { } id ? owners.GetValueOrDefault(id) : null, null, now);
            deliveries.AddRange(WebhookPublisher.Deliveries(db.Scope.Required, endpoints, WebhookEventType.ActionCreated, view, now));
        }
        return [.. actions, .. tasks, .. notifications, .. deliveries];
    }

    public async Task<ActionView?> UpdateAsync(Guid id, ActionDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadAsync(db, id, cancellationToken) is not { } action)
        {
            return null;
        }
        await CheckReferencesAsync(db, details, cancellationToken);
        var owner = action.OwnerId;
        action.Update(details);
        if (action.OwnerId is { } newOwner && newOwner != owner)
        {
            await NotifyAsync(db, action, newOwner, $"You own the {action.Type.ToLabel()} action \"{action.Title}\"", clock.GetUtcNow(), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await ActionQueries.ViewAsync(db, action, clock.GetUtcNow(), cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ActionItems.Where(a => a.Id == id).ExecuteAuditedDeleteAsync(db, cancellationToken) > 0;
    }

    public Task<ActionView?> ChangeStatusAsync(Guid id, ActionStatus status, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, action, now) =>
        {
            var wasDone = action.IsDone;
            action.ChangeStatus(status, now);
            return Task.FromResult(!wasDone && action.IsDone);
        }, cancellationToken);

    /// <summary>Closes the loop; the contact must be a stakeholder of the action's account when one is named.</summary>
    public Task<ActionView?> CloseLoopAsync(Guid id, LoopClosure closure, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, async (db, action, now) =>
        {
            if (closure.StakeholderId is { } person
                && !await db.Stakeholders.AnyAsync(s => s.Id == person && s.AccountId == action.AccountId, cancellationToken))
            {
                throw DomainValidationException.For(nameof(closure.StakeholderId), "Choose a stakeholder of the action's account.");
            }
            var wasDone = action.IsDone;
            action.CloseLoop(closure, now);
            return !wasDone;
        }, cancellationToken);

    public Task<ActionView?> CommentAsync(Guid id, string text, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (db, action, now) =>
        {
            db.ActionComments.Add(action.AddComment(actor.UserId, actor.Name, text, now));
            return Task.FromResult(false);
        }, cancellationToken);

    public Task<ActionView?> AddTaskAsync(Guid id, NewActionTask task, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (db, action, _) =>
        {
            db.ActionTasks.Add(action.AddTask(task.Title, task.DueAt));
            return Task.FromResult(false);
        }, cancellationToken);

    /// <returns>Null when the action or the task is not found.</returns>
    public async Task<ActionView?> CheckTaskAsync(Guid id, Guid taskId, bool done, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadAsync(db, id, cancellationToken) is not { } action || action.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task)
        {
            return null;
        }
        task.Check(done, actor.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await ActionQueries.ViewAsync(db, action, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Loads, changes and saves an action; when <paramref name="change"/> says it just got done, publishes action.closed.</summary>
    private async Task<ActionView?> ChangeAsync(Guid id, Func<DyadDbContext, ActionItem, DateTimeOffset, Task<bool>> change,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadAsync(db, id, cancellationToken) is not { } action)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var view = default(ActionView);
        if (await change(db, action, now))
        {
            view = await ActionQueries.ViewAsync(db, action, now, cancellationToken);
            await WebhookPublisher.StageAsync(db, WebhookEventType.ActionClosed, view, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return view ?? await ActionQueries.ViewAsync(db, action, now, cancellationToken);
    }

    private static async Task<ActionView> AddAsync(DyadDbContext db, ActionItem action, Guid? creator, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        db.ActionItems.Add(action);
        if (action.OwnerId is { } owner && owner != creator)
        {
            var notification = OwnerNotification(action, owner, now);
            if (!await db.Notifications.AnyAsync(n => n.UserId == owner && n.Key == notification.Key, cancellationToken))
            {
                db.Notifications.Add(notification);
            }
        }
        var view = await ActionQueries.ViewAsync(db, action, now, cancellationToken);
        await WebhookPublisher.StageAsync(db, WebhookEventType.ActionCreated, view, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }

    private static Notification OwnerNotification(ActionItem action, Guid owner, DateTimeOffset now)
    {
        var about = action.Reason is null ? "" : $": {action.Reason}";
        return new Notification(action.WorkspaceId, owner, NotificationKey(action, owner),
            $"New {action.Type.ToLabel()} action \"{action.Title}\"{about}", $"/actions/{action.Id}", now);
    }

    private static string NotificationKey(ActionItem action, Guid userId) => $"action:{action.Id}:owner:{userId}";

    private static async Task NotifyAsync(DyadDbContext db, ActionItem action, Guid userId, string text, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var key = NotificationKey(action, userId);
        if (!await db.Notifications.AnyAsync(n => n.UserId == userId && n.Key == key, cancellationToken))
        {
            db.Notifications.Add(new Notification(action.WorkspaceId, userId, key, text, $"/actions/{action.Id}", now));
        }
    }

    private static Task<ActionItem?> LoadAsync(DyadDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.ActionItems.Include(a => a.Tasks).Include(a => a.Comments).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    internal static async Task<Playbook?> PlaybookForAsync(DyadDbContext db, Guid? playbookId, ActionType type, CancellationToken cancellationToken)
    {
        if (playbookId is { } id)
        {
            return await db.Playbooks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                   ?? throw DomainValidationException.For("playbookId", "Choose a playbook of this workspace.");
        }
        return await db.Playbooks.AsNoTracking().FirstOrDefaultAsync(p => p.ActionType == type && p.IsDefault, cancellationToken);
    }

    private static async Task CheckReferencesAsync(DyadDbContext db, ActionDetails details, CancellationToken cancellationToken)
    {
        var errors = details.Validate();
        if (details.AccountId != Guid.Empty && !await db.Accounts.AnyAsync(a => a.Id == details.AccountId, cancellationToken))
        {
            errors.Add(nameof(details.AccountId), "Choose an account of this workspace.");
        }
        var workspaceId = db.Scope.Required;
        if (details.OwnerId is { } owner && !await db.Users.AnyAsync(u => u.Id == owner && u.WorkspaceId == workspaceId, cancellationToken))
        {
            errors.Add(nameof(details.OwnerId), "Choose a user of this workspace as the owner.");
        }
        var links = details.Links ?? ActionLinks.None;
        if (links.ResponseId is { } response && !await db.SurveyResponses.AnyAsync(r => r.Id == response, cancellationToken))
        {
            errors.Add("links.responseId", "Link a survey response of this workspace.");
        }
        if (links.EventId is { } critical && !await db.CriticalEvents.AnyAsync(e => e.Id == critical, cancellationToken))
        {
            errors.Add("links.eventId", "Link a critical event of this workspace.");
        }
        errors.ThrowIfAny();
    }
}
