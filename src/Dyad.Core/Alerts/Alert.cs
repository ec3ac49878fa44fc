using Dyad.Core.Common;

namespace Dyad.Core.Alerts;

public enum AlertStatus
{
    Open,

    /// <summary>A user dealt with it.</summary>
    Resolved,

    /// <summary>A user judged it no problem.</summary>
    Dismissed,

    /// <summary>The condition went away by itself: the question was answered, the scores came closer.</summary>
    Cleared,
}

/// <summary>
/// A rule that fired for an account, for one reason. There is at most one open alert per account, rule and reason key
/// (a unique index makes sure), so evaluating again only updates when it was last seen.
/// </summary>
public sealed class Alert : IWorkspaceOwned
{
    public const int NoteMaxLength = 1000;

    private Alert() { }

    public Alert(Guid workspaceId, Guid accountId, string ruleKey, Finding finding, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        AccountId = accountId;
        RuleKey = ruleKey;
        // Never shortened: a shortened key would no longer match its finding, and the alert would flip between open and cleared.
        ReasonKey = finding.ReasonKey.Length <= Finding.ReasonKeyMaxLength
            ? finding.ReasonKey
            : throw new ArgumentException($"Reason key '{finding.ReasonKey}' of rule {ruleKey} is longer than {Finding.ReasonKeyMaxLength}.", nameof(finding));
        Status = AlertStatus.Open;
        FirstSeenAt = now;
        Seen(finding, now);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid AccountId { get; private set; }
    public string RuleKey { get; private set; } = "";
    public string ReasonKey { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public AlertStatus Status { get; private set; }
    public DateTimeOffset FirstSeenAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The user who resolved or dismissed it; empty when it cleared by itself.</summary>
    public string? ClosedBy { get; private set; }

    public string? Note { get; private set; }

    /// <summary>
    /// For an alert a user closed: when its condition was first seen gone. Until then the same reason does not open a
    /// new alert, so a user's decision is not overturned by the next evaluation of an unchanged account.
    /// </summary>
    public DateTimeOffset? ConditionClearedAt { get; private set; }

    public bool IsOpen => Status == AlertStatus.Open;

    /// <summary>Closed by a user while its condition still holds: the reason stays quiet.</summary>
    public bool Silences => Status is AlertStatus.Resolved or AlertStatus.Dismissed && ConditionClearedAt is null;

    public void Seen(Finding finding, DateTimeOffset now)
    {
        Reason = finding.Reason.Length > Finding.ReasonMaxLength ? finding.Reason[..(Finding.ReasonMaxLength - 1)] + "…" : finding.Reason;
        LastSeenAt = now;
    }

    public void Resolve(string by, string note, DateTimeOffset now) => CloseByUser(AlertStatus.Resolved, by, note, now);

    public void Dismiss(string by, string note, DateTimeOffset now) => CloseByUser(AlertStatus.Dismissed, by, note, now);

    /// <summary>The rule no longer finds the reason.</summary>
    public void ConditionGone(DateTimeOffset now)
    {
        if (IsOpen)
        {
            Status = AlertStatus.Cleared;
            ClosedAt = now;
            Note = "The condition cleared.";
        }
        ConditionClearedAt ??= now;
    }

    private void CloseByUser(AlertStatus status, string by, string note, DateTimeOffset now)
    {
        var errors = new FieldErrors().Require(nameof(Note), note, NoteMaxLength, "Note");
        if (!IsOpen)
        {
            errors.Add(nameof(Status), $"The alert is already {Status.ToLabel()}.");
        }
        errors.ThrowIfAny();
        Status = status;
        ClosedBy = by;
        Note = note.Trim();
        ClosedAt = now;
    }
}
