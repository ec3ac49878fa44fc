using Dyad.Core.Common;

namespace Dyad.Core.Notifications;

public enum DigestFrequency
{
    Off,
    Daily,
    Weekly,
}

/// <summary>What a user asks to have e-mailed; a value left null keeps the current one.</summary>
public sealed record NotificationPreferencesDetails(bool? EmailNegativeFeedback, DigestFrequency? Digest);

/// <summary>
/// One user's choice of e-mails: new negative feedback on their keywords (on by default) and a digest of what waits for
/// them (daily by default, weekly, or off). A user without a stored row has the defaults. The row also records which
/// digest period was last dealt with, so each period's digest goes out once, whichever app instance sends it.
/// </summary>
public sealed class NotificationPreferences : IWorkspaceOwned
{
    private NotificationPreferences() { }

    public NotificationPreferences(Guid workspaceId, Guid userId)
    {
        WorkspaceId = workspaceId;
        Id = userId;
    }

    /// <summary>The user's id: a user has one row.</summary>
    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public bool EmailNegativeFeedback { get; private set; } = true;
    public DigestFrequency Digest { get; private set; } = DigestFrequency.Daily;

    /// <summary>The start of the last digest period dealt with (sent, or found empty).</summary>
    public DateTimeOffset? DigestPeriod { get; private set; }

    [NotAudited]
    public DateTimeOffset? DigestClaimedUntil { get; private set; }

    public bool Emails(NotificationKind kind) => kind switch
    {
        NotificationKind.NegativeFeedback => EmailNegativeFeedback,
        _ => false,
    };

    public void Update(NotificationPreferencesDetails details)
    {
        if (details.Digest is { } digest)
        {
            new FieldErrors().Defined("digest", digest, "Digest").ThrowIfAny();
            Digest = digest;
        }
        EmailNegativeFeedback = details.EmailNegativeFeedback ?? EmailNegativeFeedback;
    }

    /// <summary>
    /// The digest period <paramref name="now"/> falls in: the UTC day, or the week from Monday 00:00 UTC; null when
    /// digests are off. A digest is due in a period once the period has begun and none went out for it.
    /// </summary>
    public static DateTimeOffset? PeriodOf(DigestFrequency frequency, DateTimeOffset now)
    {
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return frequency switch
        {
            DigestFrequency.Daily => day,
            DigestFrequency.Weekly => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            _ => null,
        };
    }

    /// <summary>How far back "new" reaches in a digest: the period before this one.</summary>
    public static DateTimeOffset PreviousPeriodStart(DigestFrequency frequency, DateTimeOffset period) =>
        frequency == DigestFrequency.Weekly ? period.AddDays(-7) : period.AddDays(-1);
}
