using Dyad.Core.Common;

namespace Dyad.Core.Actions;

/// <summary>One item of an action's checklist, from a playbook or added by hand.</summary>
public sealed class ActionTask : IWorkspaceOwned
{
    public const int TitleMaxLength = 200;

    private ActionTask() { }

    internal ActionTask(ActionItem action, string title, DateTimeOffset? dueAt, int position)
    {
        Id = Guid.NewGuid();
        WorkspaceId = action.WorkspaceId;
        ActionItemId = action.Id;
        Title = title;
        DueAt = dueAt;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid ActionItemId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset? DueAt { get; private set; }
    public int Position { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }

    public bool Done => DoneAt is not null;

    public void Check(bool done, string by, DateTimeOffset now)
    {
        if (done == Done)
        {
            return;
        }
        DoneAt = done ? now : null;
        DoneBy = done ? by : null;
    }
}

/// <summary>A remark on an action by a user (or by a rule, without author id); comments are never edited.</summary>
public sealed class ActionComment : IWorkspaceOwned
{
    public const int TextMaxLength = 4000;
    public const int AuthorMaxLength = 200;

    private ActionComment() { }

    internal ActionComment(ActionItem action, Guid? authorId, string authorName, string text, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = action.WorkspaceId;
        ActionItemId = action.Id;
        AuthorId = authorId;
        AuthorName = authorName.Length > AuthorMaxLength ? authorName[..AuthorMaxLength] : authorName;
        Text = text;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid ActionItemId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
