using Dyad.Core.Common;

namespace Dyad.Core.Actions;

/// <summary>What an action is about (Gainsight's call-to-action types, in the product brief's words).</summary>
public enum ActionType
{
    Risk,
    Opportunity,
    FollowUp,
    Improvement,
}

public enum ActionStatus
{
    Open,
    InProgress,

    /// <summary>The customer was contacted and the outcome recorded (002: closing the loop).</summary>
    LoopClosed,
    Cancelled,
}

public enum ActionPriority
{
    Low,
    Medium,
    High,
    Urgent,
}

/// <summary>What an action came from; each link is optional and the action stands without any.</summary>
public sealed record ActionLinks(Guid? ResponseId = null, Guid? EventId = null, Guid? FeedbackId = null, Guid? AlertId = null)
{
    public static readonly ActionLinks None = new();
}

/// <summary>What a user sets on an action.</summary>
public sealed record ActionDetails(
    ActionType Type,
    string Title,
    Guid AccountId,
    DateTimeOffset DueAt,
    ActionPriority Priority = ActionPriority.Medium,
    Guid? OwnerId = null,
    string? Description = null,
    ActionLinks? Links = null)
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require(nameof(Title), Title, TitleMaxLength, "The title")
            .MaxLength(nameof(Description), Description, DescriptionMaxLength, "The description")
            .Defined(nameof(Type), Type, "The type")
            .Defined(nameof(Priority), Priority, "The priority");
        if (AccountId == Guid.Empty)
        {
            errors.Add(nameof(AccountId), "Choose the account the action is for.");
        }
        return errors;
    }
}

/// <summary>
/// Something a person of the provider has to do about an account, with an owner and a due date (002, closing the loop;
/// Gainsight's CTAs). It ends either with the loop closed, the customer contacted and the outcome recorded, or cancelled.
/// </summary>
public sealed class ActionItem : IWorkspaceOwned
{
    public const int ReasonMaxLength = 1000;
    public const int SourceKeyMaxLength = 200;

    private readonly List<ActionTask> _tasks = [];
    private readonly List<ActionComment> _comments = [];

    private ActionItem() { }

    /// <param name="reason">Why a rule opened it, in words a user can check; null for an action opened by hand.</param>
    /// <param name="sourceKey">Names what opened it (e.g. one survey response) so the same cause opens one action.</param>
    public ActionItem(Guid workspaceId, ActionDetails details, DateTimeOffset createdAt, string createdBy, Playbook? playbook = null,
        string? reason = null, string? sourceKey = null)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        Status = ActionStatus.Open;
        Reason = Blank.ToNull(reason) is { Length: > ReasonMaxLength } longReason ? longReason[..ReasonMaxLength] : Blank.ToNull(reason);
        SourceKey = sourceKey;
        Update(details);
        if (playbook is not null)
        {
            ApplyPlaybook(playbook);
        }
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public ActionType Type { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid? OwnerId { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public ActionPriority Priority { get; private set; }
    public ActionStatus Status { get; private set; }
    public ActionLinks Links { get; private set; } = ActionLinks.None;
    public string? Reason { get; private set; }
    public string? SourceKey { get; private set; }
    public Guid? PlaybookId { get; private set; }
    public string? PlaybookName { get; private set; }
    public LoopClosure? Closure { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the escalation job found it overdue; cleared when the due date moves, so a new lateness escalates again.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    public IReadOnlyList<ActionTask> Tasks => _tasks;
    public IReadOnlyList<ActionComment> Comments => _comments;

    public bool IsDone => Status is ActionStatus.LoopClosed or ActionStatus.Cancelled;

    public bool IsOverdue(DateTimeOffset now) => !IsDone && DueAt < now;

    public void Update(ActionDetails details)
    {
        details.Validate().ThrowIfAny();
        if (details.DueAt != DueAt)
        {
            EscalatedAt = null;
        }
        Type = details.Type;
        Title = details.Title.Trim();
        Description = Blank.ToNull(details.Description);
        AccountId = details.AccountId;
        OwnerId = details.OwnerId;
        DueAt = details.DueAt;
        Priority = details.Priority;
        Links = details.Links ?? ActionLinks.None;
    }

    /// <summary>Moves between open, in progress and cancelled, or reopens a done action; closing the loop is <see cref="CloseLoop"/>.</summary>
    public void ChangeStatus(ActionStatus status, DateTimeOffset now)
    {
        var errors = new FieldErrors().Defined(nameof(Status), status, "The status");
        if (status == ActionStatus.LoopClosed)
        {
            errors.Add(nameof(Status), "Close the loop by recording the customer contact, the contact date and the outcome.");
        }
        errors.ThrowIfAny();
        Status = status;
        Closure = null;
        ClosedAt = status == ActionStatus.Cancelled ? now : null;
    }

    /// <summary>Closes the loop: refused unless the customer contact, the date of contact and the outcome are recorded.</summary>
    public void CloseLoop(LoopClosure closure, DateTimeOffset now)
    {
        var errors = closure.Validate(now);
        if (Status == ActionStatus.Cancelled)
        {
            errors.Add(nameof(Status), "A cancelled action cannot close the loop; reopen it first.");
        }
        errors.ThrowIfAny();
        Closure = closure.Normalized();
        Status = ActionStatus.LoopClosed;
        ClosedAt = now;
    }

    /// <summary>Adds the playbook's tasks, each due its number of days after the action was opened.</summary>
    public void ApplyPlaybook(Playbook playbook)
    {
        var position = _tasks.Count;
        foreach (var step in playbook.Steps)
        {
            _tasks.Add(new ActionTask(this, step.Title, CreatedAt.AddDays(step.DueDays), position++));
        }
        PlaybookId = playbook.Id;
        PlaybookName = playbook.Name;
    }

    public ActionTask AddTask(string title, DateTimeOffset? dueAt)
    {
        new FieldErrors().Require("title", title, ActionTask.TitleMaxLength, "The task").ThrowIfAny();
        var task = new ActionTask(this, title.Trim(), dueAt, _tasks.Count == 0 ? 0 : _tasks.Max(t => t.Position) + 1);
        _tasks.Add(task);
        return task;
    }

    public ActionComment AddComment(Guid? authorId, string authorName, string text, DateTimeOffset now)
    {
        new FieldErrors().Require("text", text, ActionComment.TextMaxLength, "The comment").ThrowIfAny();
        var comment = new ActionComment(this, authorId, authorName, text.Trim(), now);
        _comments.Add(comment);
        return comment;
    }
}
