using Dyad.Core.Actions;

namespace Dyad.Data.Actions;

/// <param name="Active">Only actions still to do: open or in progress.</param>
/// <param name="Overdue">Only actions still to do whose due date has passed.</param>
public sealed record ActionFilter(
    Guid? OwnerId = null,
    Guid? AccountId = null,
    ActionStatus? Status = null,
    ActionType? Type = null,
    bool Overdue = false,
    bool Active = false,
    IReadOnlyCollection<Guid>? AccountIds = null);

public sealed record ActionSummary(
    Guid Id,
    ActionType Type,
    string Title,
    Guid AccountId,
    string AccountName,
    Guid? OwnerId,
    string? OwnerName,
    DateTimeOffset DueAt,
    ActionPriority Priority,
    ActionStatus Status,
    bool Overdue,
    DateTimeOffset? EscalatedAt,
    int TasksDone,
    int TasksTotal,
    string? Reason,
    DateTimeOffset CreatedAt);

public sealed record ActionTaskView(Guid Id, string Title, DateTimeOffset? DueAt, bool Done, DateTimeOffset? DoneAt, string? DoneBy)
{
    internal static ActionTaskView Of(ActionTask t) => new(t.Id, t.Title, t.DueAt, t.Done, t.DoneAt, t.DoneBy);
}

public sealed record ActionCommentView(Guid Id, Guid? AuthorId, string AuthorName, string Text, DateTimeOffset CreatedAt)
{
    internal static ActionCommentView Of(ActionComment c) => new(c.Id, c.AuthorId, c.AuthorName, c.Text, c.CreatedAt);
}

/// <param name="StakeholderName">The name of the stakeholder contacted, when one of the account's people was.</param>
public sealed record LoopClosureView(Guid? StakeholderId, string? StakeholderName, string? ContactName, string? ContactEmail,
    DateOnly ContactedOn, string Outcome);

public sealed record ActionView(
    Guid Id,
    ActionType Type,
    string Title,
    string? Description,
    Guid AccountId,
    string AccountName,
    Guid? OwnerId,
    string? OwnerName,
    DateTimeOffset DueAt,
    ActionPriority Priority,
    ActionStatus Status,
    bool Overdue,
    DateTimeOffset? EscalatedAt,
    ActionLinks Links,
    string? Reason,
    Guid? PlaybookId,
    string? PlaybookName,
    LoopClosureView? Closure,
    IReadOnlyList<ActionTaskView> Tasks,
    IReadOnlyList<ActionCommentView> Comments,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    public ActionDetails ToDetails() => new(Type, Title, AccountId, DueAt, Priority, OwnerId, Description, Links);
}

/// <param name="DueAt">When empty: when the playbook's last task is due, or a week from now without a playbook.</param>
/// <param name="OwnerId">Whoever opens the action, when empty.</param>
/// <param name="PlaybookId">The playbook whose tasks the action starts with; the default of the type when empty.</param>
/// <param name="WithoutPlaybook">Start with no tasks at all, not even the default playbook's.</param>
public sealed record NewAction(
    ActionType Type,
    string Title,
    Guid AccountId,
    DateTimeOffset? DueAt = null,
    ActionPriority Priority = ActionPriority.Medium,
    Guid? OwnerId = null,
    string? Description = null,
    ActionLinks? Links = null,
    Guid? PlaybookId = null,
    bool WithoutPlaybook = false)
{
    public static readonly TimeSpan DefaultDueIn = TimeSpan.FromDays(7);
}

public sealed record ActionStatusChange(ActionStatus Status);

public sealed record NewActionComment(string Text);

public sealed record NewActionTask(string Title, DateTimeOffset? DueAt = null);

public sealed record ActionTaskCheck(bool Done);
