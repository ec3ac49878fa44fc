using Dyad.Core.Common;

namespace Dyad.Core.Notifications;

/// <summary>
/// A message for one user of the workspace, shown in the app bar until read. <see cref="Key"/> names what it is
/// about (e.g. one piece of feedback), so the same event never notifies the same user twice.
/// </summary>
public sealed class Notification : IWorkspaceOwned
{
    public const int TextMaxLength = 500;
    public const int LinkMaxLength = 400;
    public const int KeyMaxLength = 200;

    private Notification() { }

    public Notification(Guid workspaceId, Guid userId, string key, string text, string link, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        UserId = userId;
        Key = key;
        Text = text.Length > TextMaxLength ? text[..(TextMaxLength - 1)] + "…" : text;
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid UserId { get; private set; }
    public string Key { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string Link { get; private set; } = "";
    public bool Read { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
