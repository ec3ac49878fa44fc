using Dyad.Core.Common;

namespace Dyad.Core.Notifications;

/// <summary>The kinds of notice a user can have e-mailed, or not, in their notification preferences.</summary>
public enum NotificationKind
{
    /// <summary>New negative feedback naming a keyword the user owns.</summary>
    NegativeFeedback,
}

/// <summary>Where a notification's e-mail stands; <see cref="None"/> for a notification that is only shown in the app.</summary>
public enum NotificationEmailStatus
{
    None,
    Pending,
    Sent,

    /// <summary>Not sent: the user opted out of this kind, has no address, or the e-mail waited too long.</summary>
    Skipped,

    /// <summary>The mail server refused it; not retried.</summary>
    Refused,
}

/// <summary>
/// A message for one user of the workspace, shown in the app bar until read. <see cref="Key"/> names what it is
/// about (e.g. one piece of feedback), so the same event never notifies the same user twice. A notification of an
/// <see cref="EmailKind"/> is also e-mailed, once, unless the user opted out of that kind.
/// </summary>
public sealed class Notification : IWorkspaceOwned
{
    public const int TextMaxLength = 500;
    public const int LinkMaxLength = 400;
    public const int KeyMaxLength = 200;

    private Notification() { }

    public Notification(Guid workspaceId, Guid userId, string key, string text, string link, DateTimeOffset createdAt,
        NotificationKind? emailKind = null)
    {
        EmailKind = emailKind;
        EmailStatus = emailKind is null ? NotificationEmailStatus.None : NotificationEmailStatus.Pending;
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
    public NotificationKind? EmailKind { get; private set; }
    public NotificationEmailStatus EmailStatus { get; private set; }

    /// <summary>Set by the sender that took the e-mail, so a second sender leaves it alone until the lease lapses.</summary>
    [NotAudited]
    public DateTimeOffset? EmailClaimedUntil { get; private set; }
}
