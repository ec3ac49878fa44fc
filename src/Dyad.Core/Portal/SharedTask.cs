using Dyad.Core.Common;

namespace Dyad.Core.Portal;

/// <summary>Which side of the dyad a shared task is for.</summary>
public enum TaskSide
{
    Customer,
    Provider,
}

public sealed record SharedTaskDetails(string Title, TaskSide Side, string? Assignee, DateOnly? DueOn)
{
    public const int TitleMaxLength = 300;
    public const int AssigneeMaxLength = 120;
}

/// <summary>
/// One item of the task list the customer and the provider share (004: who does what, by when, and whether it is done),
/// editable from both sides; each change records who made it.
/// </summary>
public sealed class SharedTask : IWorkspaceOwned
{
    private SharedTask() { }

    public SharedTask(Guid workspaceId, Guid accountId, SharedTaskDetails details, string createdBy, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        AccountId = accountId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Update(details, createdBy, createdAt);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public string Title { get; private set; } = "";
    public TaskSide Side { get; private set; }
    public string? Assignee { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(SharedTaskDetails details, string by, DateTimeOffset at)
    {
        new FieldErrors()
            .Require(nameof(details.Title), details.Title, SharedTaskDetails.TitleMaxLength, "What")
            .Defined(nameof(details.Side), details.Side, "Side")
            .MaxLength(nameof(details.Assignee), details.Assignee, SharedTaskDetails.AssigneeMaxLength, "Who")
            .ThrowIfAny();
        Title = details.Title.Trim();
        Side = details.Side;
        Assignee = Blank.ToNull(details.Assignee);
        DueOn = details.DueOn;
        Touch(by, at);
    }

    public void MarkDone(bool done, string by, DateTimeOffset at)
    {
        DoneAt = done ? DoneAt ?? at : null;
        DoneBy = done ? DoneBy ?? by : null;
        Touch(by, at);
    }

    private void Touch(string by, DateTimeOffset at)
    {
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
